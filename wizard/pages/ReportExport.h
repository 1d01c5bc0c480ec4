#pragma once

#include <QString>

namespace insightly {

// Writes a report the admin exports — as a web page, a PDF (Qt's own printing support) or plain text,
// chosen by the file's suffix — readable by the user only. The texts come in already redacted (the status
// report and the journal run everything through redactSecrets()); this writes them as they are.
class ReportExport
{
public:
    enum class Format { Html, Pdf, Text };
    static Format formatFor(const QString &path);
    // Returns an empty string on success, else why the file could not be written (for the admin).
    static QString write(const QString &path, const QString &html, const QString &plainText);
};

} // namespace insightly
