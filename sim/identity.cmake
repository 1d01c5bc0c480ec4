# Identity platform (sign-in, tokens, device code) and the directory part of Graph (organization, me, users,
# groups, $batch), plus the OData query support every Graph module shares.
target_sources(insightly_sim PRIVATE
    GraphQuery.h GraphQuery.cpp GraphQueryFilter.cpp
    DirectoryObjects.h DirectoryObjects.cpp
    DirectorySeed.h DirectorySeed.cpp
    DirectoryModule.cpp
    DirectoryQuery.h DirectoryQuery.cpp
    DirectoryWrites.h DirectoryWrites.cpp
    BatchHandler.h BatchHandler.cpp
    IdentityModule.h IdentityModule.cpp
    IdentityToken.h IdentityToken.cpp
    IdentityProtocol.cpp
    IdentityDiscovery.h IdentityDiscovery.cpp
    IdentityPages.h IdentityPages.cpp)
