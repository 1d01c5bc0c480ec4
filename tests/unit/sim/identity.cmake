# Tests of the simulator's identity and directory modules (sign-in, tokens, users, groups, $batch, OData queries).
insightly_add_test(NAME tst_sim_graphquery SOURCES tst_sim_graphquery.cpp LIBS insightly_sim LABELS sim)
