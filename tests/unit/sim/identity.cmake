# Tests of the simulator's identity and directory modules (sign-in, tokens, users, groups, $batch, OData queries).
insightly_add_test(NAME tst_sim_graphquery SOURCES tst_sim_graphquery.cpp LIBS insightly_sim LABELS sim)
insightly_add_test(NAME tst_sim_identity SOURCES tst_sim_identity.cpp IdentityTestFlow.h
                   LIBS insightly_test_support LABELS sim)
insightly_add_test(NAME tst_sim_directory SOURCES tst_sim_directory.cpp IdentityTestFlow.h
                   LIBS insightly_test_support LABELS sim)
insightly_add_test(NAME tst_sim_batch SOURCES tst_sim_batch.cpp IdentityTestFlow.h
                   LIBS insightly_test_support LABELS sim)
insightly_add_test(NAME tst_sim_cli SOURCES tst_sim_cli.cpp LIBS Qt6::Network LABELS sim)
target_compile_definitions(tst_sim_cli PRIVATE INSIGHTLY_SIM_EXECUTABLE="$<TARGET_FILE:insightly-sso-sim>")
add_dependencies(tst_sim_cli insightly-sso-sim)
insightly_add_test(NAME tst_sim_directory_index SOURCES tst_sim_directory_index.cpp LIBS insightly_sim LABELS sim)
