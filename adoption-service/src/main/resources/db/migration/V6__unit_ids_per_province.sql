-- The codelist's template entries for national bodies' branches (pboc-branch, banking-insurance-regulator)
-- became one entry per province: rows stored under the old ids lose them here, once, and UnitIndex gives
-- them the id the codelist now reads from their written name on the next start.
update adoption_record_unit set unit_id = null where unit_id in ('pboc-branch', 'banking-insurance-regulator');
