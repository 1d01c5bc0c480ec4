# Sources of wizard/entra (target wizard_entra).
target_sources(wizard_entra PRIVATE
    entra/AdminAssignment.h entra/AdminAssignment.cpp
    entra/AsyncWaitQueue.h entra/AsyncWaitQueue.cpp
    entra/CancelToken.h entra/CancelToken.cpp
    entra/CloudEndpoints.h entra/CloudEndpoints.cpp
    entra/ErrorCatalog.h entra/ErrorCatalog.cpp
    entra/ErrorTable.h entra/ErrorTable.cpp
    entra/GraphErrors.h entra/GraphErrors.cpp
    entra/SignInErrors.h entra/SignInErrors.cpp
    entra/GalleryApplication.h entra/GalleryApplication.cpp
    entra/GalleryLookup.h entra/GalleryLookup.cpp
    entra/GraphClient.h entra/GraphClient.cpp entra/GraphBatch.h entra/GraphBatch.cpp entra/GraphPager.h entra/GraphPager.cpp
    entra/GraphTypes.h entra/GraphTypes.cpp
    entra/KeychainRefreshTokenStore.h entra/KeychainRefreshTokenStore.cpp
    entra/OAuthTypes.h entra/OAuthTypes.cpp
    entra/Pkce.h entra/Pkce.cpp
    entra/Preflight.h entra/Preflight.cpp
    entra/Provisioning.h entra/Provisioning.cpp
    entra/ProvisioningStatus.h entra/ProvisioningStatus.cpp
    entra/SamlConfiguration.h entra/SamlConfiguration.cpp
    entra/SamlHandoffFiles.h entra/SamlHandoffFiles.cpp
    entra/SetupOperation.h entra/SetupOperation_p.h entra/SetupOperation.cpp
    entra/SignInSession.h entra/SignInSession.cpp
    entra/CertificateReader.h entra/CertificateReader.cpp
    entra/SigningCertificates.h entra/SigningCertificates.cpp
    entra/CertificateActivation.h entra/CertificateActivation.cpp
    entra/CertificateCleanup.h entra/CertificateCleanup.cpp
    entra/TokenClient.h entra/TokenClient.cpp
    entra/TokenSource.h entra/TokenSource.cpp
    entra/WritePacer.h entra/WritePacer.cpp
)
# Step 4: assignments, picker, provision on demand.
target_sources(wizard_entra PRIVATE
    entra/AppAssignments.h entra/AppAssignments.cpp
    entra/DirectorySearch.h entra/DirectorySearch.cpp
    entra/PrincipalSearchModel.h entra/PrincipalSearchModel.cpp
    entra/ProvisionOnDemand.h entra/ProvisionOnDemand.cpp
)
target_sources(wizard_entra PRIVATE entra/SetupReadings.h entra/SetupReadings.cpp)
