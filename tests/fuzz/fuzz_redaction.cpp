// The redactor sees every log line: it must never crash, hang or let a registered secret through.
#include "FuzzMain.h"
#include "core/SecretRedaction.h"

#include <cstdlib>

INSIGHTLY_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString secret = QStringLiteral("fuzz-registered-secret-9f8e7d6c");
    static const bool registered = (insightly::registerSecret(secret), true);
    Q_UNUSED(registered);
    const QString line = QString::fromUtf8(fuzzBytes(data, size));
    const QString redacted = insightly::redactSecrets(line + secret + line);
    if (redacted.contains(secret))
        std::abort(); // a registered secret got through
    (void)insightly::withoutUrlSecrets(QUrl(line));
    return 0;
}
