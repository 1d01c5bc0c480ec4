target_sources(insightly_sim PRIVATE
    AppsModule.cpp
    SyncModule.cpp
    Certificates.h Certificates.cpp
    XmlDsig.h XmlDsig.cpp
)
