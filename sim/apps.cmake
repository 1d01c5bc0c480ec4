target_sources(insightly_sim PRIVATE
    ApplicationTemplates.h ApplicationTemplates.cpp
    AppsAssignments.cpp
    AppsCredentials.h AppsCredentials.cpp
    AppsGraph.h AppsGraph.cpp
    AppsModule.h AppsModule.cpp
    AppsProperties.h AppsProperties.cpp
    AppsSaml.cpp
    Certificates.h Certificates.cpp
    FederationMetadata.h FederationMetadata.cpp
    SamlResponse.h SamlResponse.cpp
    SyncModule.cpp
    XmlDsig.h XmlDsig.cpp
)
