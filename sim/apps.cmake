target_sources(insightly_sim PRIVATE
    ApplicationTemplates.h ApplicationTemplates.cpp
    AppsAssignments.h AppsAssignments.cpp
    AppsCredentials.h AppsCredentials.cpp
    AppsGraph.h AppsGraph.cpp
    AppsModule.h AppsModule.cpp
    AppsProperties.h AppsProperties.cpp
    AppsSaml.h AppsSaml.cpp
    AppsServicePrincipals.h AppsServicePrincipals.cpp
    Certificates.h Certificates.cpp
    FederationMetadata.h FederationMetadata.cpp
    ProvisioningCycle.cpp
    ProvisioningEngine.h ProvisioningEngine.cpp
    ProvisioningScim.h ProvisioningScim.cpp
    SamlResponse.h SamlResponse.cpp
    SyncModule.h SyncModule.cpp
    SyncOnDemand.cpp
    SyncTemplates.h SyncTemplates.cpp
    XmlDsig.h XmlDsig.cpp
)
