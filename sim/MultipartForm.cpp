#include "MultipartForm.h"

namespace sim {

namespace {

// The value of `name` in a header's parameter list (`form-data; name="a"; filename="b.cer"`).
// Returns false when the parameter is absent.
bool headerParameter(const QByteArray &header, const QByteArray &name, QByteArray *value)
{
    qsizetype pos = header.indexOf(';');
    while (pos >= 0 && pos < header.size()) {
        ++pos;
        while (pos < header.size() && (header[pos] == ' ' || header[pos] == '\t'))
            ++pos;
        const qsizetype eq = header.indexOf('=', pos);
        if (eq < 0)
            return false;
        const QByteArray key = header.mid(pos, eq - pos).trimmed().toLower();
        qsizetype valueStart = eq + 1;
        QByteArray parsed;
        qsizetype next;
        if (valueStart < header.size() && header[valueStart] == '"') {
            qsizetype i = valueStart + 1;
            while (i < header.size() && header[i] != '"') {
                if (header[i] == '\\' && i + 1 < header.size())
                    ++i;
                parsed.append(header[i]);
                ++i;
            }
            next = header.indexOf(';', i);
        } else {
            next = header.indexOf(';', valueStart);
            parsed = header.mid(valueStart, next < 0 ? -1 : next - valueStart).trimmed();
        }
        if (key == name) {
            *value = parsed;
            return true;
        }
        pos = next;
    }
    return false;
}

} // namespace

QByteArray multipartBoundary(const QByteArray &contentType)
{
    const QByteArray type = contentType.left(contentType.indexOf(';')).trimmed().toLower();
    if (type != "multipart/form-data")
        return {};
    QByteArray boundary;
    if (!headerParameter(contentType, "boundary", &boundary))
        return {};
    return boundary;
}

bool parseMultipartForm(const QByteArray &body, const QByteArray &boundary, QList<MultipartPart> *parts,
                        QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    parts->clear();
    if (boundary.isEmpty())
        return fail(QStringLiteral("no multipart boundary"));
    const QByteArray delimiter = "--" + boundary;
    // The first delimiter may start the body; every later one follows a CRLF that belongs to the delimiter.
    qsizetype pos = body.startsWith(delimiter) ? 0 : body.indexOf("\r\n" + delimiter);
    if (pos < 0)
        return fail(QStringLiteral("the body does not contain the boundary"));
    pos = pos == 0 ? delimiter.size() : pos + 2 + delimiter.size();
    const QByteArray innerDelimiter = "\r\n" + delimiter;
    while (true) {
        if (body.mid(pos, 2) == "--")
            return true; // closing delimiter
        const qsizetype lineEnd = body.indexOf("\r\n", pos);
        if (lineEnd < 0)
            return fail(QStringLiteral("truncated multipart body"));
        pos = lineEnd + 2; // transport padding after the delimiter is ignored
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", pos);
        qsizetype dataStart;
        QByteArray headerBlock;
        if (body.mid(pos, 2) == "\r\n") {
            dataStart = pos + 2; // a part without headers
        } else {
            if (headersEnd < 0)
                return fail(QStringLiteral("a part has no end of headers"));
            headerBlock = body.mid(pos, headersEnd - pos);
            dataStart = headersEnd + 4;
        }
        const qsizetype dataEnd = body.indexOf(innerDelimiter, dataStart);
        if (dataEnd < 0)
            return fail(QStringLiteral("no closing boundary"));
        MultipartPart part;
        for (const QByteArray &line : headerBlock.split('\n')) {
            const QByteArray trimmed = line.trimmed();
            const qsizetype colon = trimmed.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = trimmed.left(colon).trimmed().toLower();
            const QByteArray value = trimmed.mid(colon + 1).trimmed();
            if (name == "content-disposition") {
                QByteArray v;
                if (headerParameter(value, "name", &v))
                    part.name = QString::fromUtf8(v);
                if (headerParameter(value, "filename", &v)) {
                    part.isFile = true;
                    part.fileName = QString::fromUtf8(v);
                }
            } else if (name == "content-type") {
                part.contentType = value;
            }
        }
        part.data = body.mid(dataStart, dataEnd - dataStart);
        parts->append(part);
        pos = dataEnd + innerDelimiter.size();
    }
}

} // namespace sim
