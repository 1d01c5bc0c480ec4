# Tests of the simulated world behind the real host names: proxy, CA and TLS faults, cross-origin SAML, the
# simulator's own outgoing calls, request-log masking.
insightly_add_test(NAME tst_sim_proxy SOURCES tst_sim_proxy.cpp ProxyTestClient.h LIBS insightly_sim LABELS sim)
insightly_add_test(NAME tst_sim_tls_faults SOURCES tst_sim_tls_faults.cpp ProxyTestClient.h LIBS insightly_sim LABELS sim)
insightly_add_test(NAME tst_sim_redact SOURCES tst_sim_redact.cpp LIBS insightly_sim LABELS sim)
insightly_add_test(NAME tst_sim_proxy_saml SOURCES tst_sim_proxy_saml.cpp AppsTestWorld.h ProxyTestClient.h
                   LIBS insightly_test_support LABELS sim)
insightly_add_test(NAME tst_sim_proxy_scim SOURCES tst_sim_proxy_scim.cpp SyncTestWorld.h AppsTestWorld.h ScimTestDouble.h
                   LIBS insightly_test_support Qt6::HttpServer LABELS sim)
insightly_add_test(NAME tst_sim_request_log_secrets SOURCES tst_sim_request_log_secrets.cpp AppsTestWorld.h IdentityTestFlow.h
                   LIBS insightly_test_support LABELS sim)
