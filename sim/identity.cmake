target_sources(insightly_sim PRIVATE IdentityModule.cpp DirectoryModule.cpp)
