#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace sim {

// One part of a multipart/form-data body (RFC 7578).
struct MultipartPart {
    QString name;           // Content-Disposition name
    QString fileName;       // Content-Disposition filename; empty for plain fields
    bool isFile = false;    // a filename parameter was present (even an empty one)
    QByteArray contentType; // the part's Content-Type; empty when absent
    QByteArray data;        // the raw bytes, binary-safe
};

// The boundary parameter of a multipart Content-Type header; empty when absent or not multipart/form-data.
QByteArray multipartBoundary(const QByteArray &contentType);

// Splits a multipart/form-data body. Returns false with *error set when the body is malformed (no opening
// delimiter, a part without headers, or no closing delimiter).
bool parseMultipartForm(const QByteArray &body, const QByteArray &boundary, QList<MultipartPart> *parts,
                        QString *error = nullptr);

} // namespace sim
