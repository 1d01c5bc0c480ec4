target_sources(insightly_sim PRIVATE
    GraphQuery.h GraphQuery.cpp
    IdentityModule.cpp
    DirectoryModule.cpp)
