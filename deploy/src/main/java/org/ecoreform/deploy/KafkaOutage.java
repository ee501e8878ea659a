package org.ecoreform.deploy;

/** Takes a broker of an external cluster away and brings it back, for the drills. */
public interface KafkaOutage {
    void begin() throws Exception;

    void end() throws Exception;

    /** An outage of two steps. */
    static KafkaOutage of(Step begin, Step end) {
        return new KafkaOutage() {
            @Override
            public void begin() throws Exception {
                begin.run();
            }

            @Override
            public void end() throws Exception {
                end.run();
            }
        };
    }

    @FunctionalInterface
    interface Step {
        void run() throws Exception;
    }
}
