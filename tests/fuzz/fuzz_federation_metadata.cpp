// Federation metadata XML, as an admin's file or Entra's download.
#include "FuzzMain.h"
#include "saml/FederationMetadata.h"

INSIGHTLY_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const insightly::FederationMetadataResult result =
        insightly::FederationMetadata::parse(fuzzBytes(data, size));
    if (result.ok()) {
        for (const auto &certificate : result.metadata.allSigningCertificates())
            (void)certificate.thumbprint();
        (void)result.metadata.containsCertificate(QStringLiteral("00"));
        (void)result.metadata.singleSignOnUrl();
    }
    (void)result.error.toDiagnostics();
    return 0;
}
