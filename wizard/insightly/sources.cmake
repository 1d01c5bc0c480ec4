# Sources of wizard/insightly (target wizard_insightly).
target_sources(wizard_insightly PRIVATE
    insightly/InsightlyUrls.h insightly/InsightlyUrls.cpp
    insightly/ScimInputs.h insightly/ScimInputs.cpp
    insightly/PastedText.h insightly/PastedText.cpp
    insightly/ScimProbe.h insightly/ScimProbe.cpp
    insightly/ScimProbeHttp.h insightly/ScimProbeHttp.cpp
    insightly/ScimProbeMessages.h insightly/ScimProbeMessages.cpp
    insightly/ScimProbeCli.h insightly/ScimProbeCli.cpp
    insightly/InsightlyRestClient.h insightly/InsightlyRestClient.cpp
)
target_sources(wizard_insightly PRIVATE insightly/LockoutCheck.h insightly/LockoutCheck.cpp)
