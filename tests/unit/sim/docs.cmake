# Tests that keep sim/README.md honest, and the knob coverage tests.
# sim_walkthrough runs sim/walkthrough.sh (the README's curl walk-through) against a freshly started simulator.
add_test(NAME sim_walkthrough
         COMMAND bash ${PROJECT_SOURCE_DIR}/sim/walkthrough.sh --start $<TARGET_FILE:insightly-sso-sim>)
set_tests_properties(sim_walkthrough PROPERTIES LABELS sim TIMEOUT 240 SKIP_RETURN_CODE 77)
# SimFixture is compiled in directly so that this test needs neither the wizard nor QtWebEngine.
insightly_add_test(NAME tst_sim_knobs
                   SOURCES tst_sim_knobs.cpp ${PROJECT_SOURCE_DIR}/tests/support/SimFixture.cpp
                   LIBS insightly_sim Qt6::Network LABELS sim)
target_include_directories(tst_sim_knobs PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
