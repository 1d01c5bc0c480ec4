# Tests of the simulator's insightly module.
insightly_add_test(NAME tst_sim_insightly_upload SOURCES tst_sim_insightly_upload.cpp LIBS insightly_sim LABELS sim)
insightly_add_test(NAME tst_sim_scim_filter SOURCES tst_sim_scim_filter.cpp LIBS insightly_sim LABELS sim)
insightly_add_test(NAME tst_sim_insightly_settings SOURCES tst_sim_insightly_settings.cpp LIBS insightly_sim insightly_test_support LABELS sim)
insightly_add_test(NAME tst_sim_insightly_acs SOURCES tst_sim_insightly_acs.cpp LIBS insightly_sim insightly_test_support LABELS sim)
insightly_add_test(NAME tst_sim_scim SOURCES tst_sim_scim.cpp LIBS insightly_sim insightly_test_support LABELS sim)
