target_sources(insightly_sim PRIVATE InsightlyModule.cpp)
