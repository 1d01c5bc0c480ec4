# Tests of the simulator's apps module (enterprise applications, certificates, signatures, SAML, sync).
insightly_add_test(NAME tst_sim_certificates SOURCES tst_sim_certificates.cpp LIBS insightly_sim Qt6::Network LABELS sim)
insightly_add_test(NAME tst_sim_xmldsig SOURCES tst_sim_xmldsig.cpp LIBS insightly_sim LABELS sim)
insightly_add_test(NAME tst_sim_apps SOURCES tst_sim_apps.cpp AppsTestWorld.h LIBS insightly_test_support LABELS sim)
insightly_add_test(NAME tst_sim_signingcertificates SOURCES tst_sim_signingcertificates.cpp AppsTestWorld.h LIBS insightly_test_support LABELS sim)
insightly_add_test(NAME tst_sim_assignments SOURCES tst_sim_assignments.cpp AppsTestWorld.h LIBS insightly_test_support LABELS sim)
insightly_add_test(NAME tst_sim_saml SOURCES tst_sim_saml.cpp AppsTestWorld.h LIBS insightly_test_support LABELS sim)
insightly_add_test(NAME tst_sim_sync SOURCES tst_sim_sync.cpp AppsTestWorld.h ScimTestDouble.h LIBS insightly_test_support Qt6::HttpServer LABELS sim)
