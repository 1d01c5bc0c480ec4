// What a SCIM endpoint answers, as the SCIM probe describes and explains it (the HTTP part needs a network;
// this is everything after it that reads the answer).
#include "FuzzMain.h"
#include "insightly/ScimProbeMessages.h"

#include "insightly/ScimProbe.h"

INSIGHTLY_FUZZ_INIT

// ScimProbe.cpp is network coroutine code that clang 14 can't compile with the sanitizer flags ("Cannot
// represent a difference across sections"); the messages need only ScimProbe's metaobject, for tr(). These
// two complete it and are never called here.
insightly::ScimProbe::~ScimProbe() = default;
void insightly::ScimProbe::cancel() {}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    insightly::scimprobe::HttpAnswer answer;
    answer.status = (data[0] | (data[1] << 8)) % 600;
    const QByteArray rest = fuzzBytes(data + 3, size - 3);
    const qsizetype split = qMin<qsizetype>(data[2], rest.size());
    answer.contentType = rest.left(split);
    answer.body = rest.mid(split);
    answer.retryAfter = answer.contentType.right(4);
    (void)answer.isJson();
    (void)insightly::scimprobe::describeAnswer(answer);
    (void)insightly::scimprobe::notScim(answer).toDiagnostics();
    (void)insightly::scimprobe::httpFailure(answer,
                                 QUrl(QStringLiteral("https://crm.na1.insightly.com/scim/v2/1/Users")), 10000)
        .toDiagnostics();
    return 0;
}
