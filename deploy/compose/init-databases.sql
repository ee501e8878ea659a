-- One database per owning service (database-per-service).
create database measures;
create database adoption;
create database indicators;
