// A captured or pasted SAMLResponse value, checked against a setup.
#include "FuzzMain.h"
#include "saml/SamlResponseCheck.h"

INSIGHTLY_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    insightly::SamlResponseExpectations expected;
    expected.entityId = QStringLiteral("https://crm.na1.insightly.com/sso/1");
    expected.replyUrl = QUrl(expected.entityId);
    expected.entraIdentifier =
        QStringLiteral("https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/");
    expected.activeThumbprint = QStringLiteral("815D70419E644F95BE30F309616EBDA58C5B591B");
    expected.now = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    const QByteArray input = fuzzBytes(data, size);
    const insightly::SamlResponseReport report = insightly::SamlResponseCheck::check(input, expected);
    for (const auto &row : report.rows)
        (void)row.failure.toDiagnostics();
    // The raw XML path too (the posted value decodes to it).
    QString details;
    bool notAResponse = false;
    (void)insightly::SamlResponseContent::parse(input, &details, &notAResponse);
    return 0;
}
