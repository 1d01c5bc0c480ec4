#pragma once

#include "entra/CertificateReader.h"
#include "entra/SetupOperation.h"

#include <QCoreApplication>
#include <QStringList>
#include <qcorotask.h>

namespace insightly::entra {

// Removes SAML signing certificates that are no longer used (the old one after a rotation) from SetupState's
// servicePrincipalId, and waits until they are gone.
class CertificateCleanup
{
    Q_DECLARE_TR_FUNCTIONS(CertificateCleanup)

public:
    // Removes the Sign/Verify keys and the password credential of each certificate (by customKeyIdentifier
    // equality); the active one is refused. Unknown thumbprints are already gone: counted as done.
    static QCoro::Task<CertificateResult> removeCertificates(OperationContext context,
                                                             QStringList thumbprints);
};

} // namespace insightly::entra
