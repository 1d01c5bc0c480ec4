target_sources(insightly_sim PRIVATE
    InsightlyModule.h InsightlyModule.cpp
    InsightlySettingsPage.h InsightlySettingsPage.cpp
    InsightlyRest.h InsightlyRest.cpp
    InsightlyAcs.h InsightlyAcs.cpp
    InsightlyCertificateFile.h InsightlyCertificateFile.cpp
    MultipartForm.h MultipartForm.cpp
    ScimService.h ScimService.cpp ScimDiscovery.cpp
    ScimServiceWrites.h ScimServiceWrites.cpp
    ScimFilter.h ScimFilter.cpp
    ScimPatch.h ScimPatch.cpp)
