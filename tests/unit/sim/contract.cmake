# Acceptance test of the simulator against the Graph v1.0 description (tests/support/GraphContract).
insightly_add_test(NAME tst_sim_contract SOURCES tst_sim_contract.cpp SetupScript.h LIBS insightly_test_support LABELS sim)
