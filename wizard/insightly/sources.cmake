# Sources of wizard/insightly (target insightly_wizard).
target_sources(insightly_wizard PRIVATE
    insightly/InsightlyUrls.h insightly/InsightlyUrls.cpp
    insightly/ScimInputs.h insightly/ScimInputs.cpp
    insightly/PastedText.h insightly/PastedText.cpp
    insightly/ScimProbe.h insightly/ScimProbe.cpp insightly/ScimProbeHttp.cpp
    insightly/ScimProbeMessages.h insightly/ScimProbeMessages.cpp
    insightly/ScimProbeCli.h insightly/ScimProbeCli.cpp
    insightly/InsightlyRestClient.h insightly/InsightlyRestClient.cpp
)
target_sources(insightly_wizard PRIVATE insightly/LockoutCheck.h insightly/LockoutCheck.cpp)
