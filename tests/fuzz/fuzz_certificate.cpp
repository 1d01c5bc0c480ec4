// Certificate files: PEM, DER, Base64, PKCS#12, anything an admin may choose.
#include "FuzzMain.h"
#include "saml/SigningCertificate.h"

INSIGHTLY_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const insightly::CertificateLoadResult result =
        insightly::SigningCertificate::load(fuzzBytes(data, size));
    for (const auto &certificate : result.certificates) {
        (void)certificate.thumbprint();
        (void)certificate.subject();
        (void)certificate.serialNumber();
        (void)certificate.keySizeBits();
        (void)certificate.isCertificateAuthority();
        (void)certificate.toBase64Cer();
    }
    (void)result.error.toDiagnostics();
    return 0;
}
