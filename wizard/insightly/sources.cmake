# Sources of wizard/insightly (target insightly_wizard).
target_sources(insightly_wizard PRIVATE
    insightly/InsightlyUrls.h insightly/InsightlyUrls.cpp
)
