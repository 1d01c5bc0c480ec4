// ReportExport: the status report as HTML, PDF and text, by suffix, readable by the user only; the PDF holds
// the report's words (read back with pdftotext) and, like the HTML, none of the secrets the wizard held.
#include "core/SecretRedaction.h"
#include "flows/StatusReportFormat.h"
#include "pages/ReportExport.h"

#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace insightly;

namespace {

QList<StatusRow> rowsWithASecret(const QString &secret)
{
    StatusRow row;
    row.id = StatusRow::Id::Provisioning;
    row.level = StatusRow::Level::Ok;
    row.title = QStringLiteral("Provisioning");
    row.summary = QStringLiteral("Provisioning runs; the token %1 was tested.").arg(secret);
    row.facts.append({QStringLiteral("Thumbprint"), QStringLiteral("3F2A9C1B")});
    return {row};
}

} // namespace

class TestReportExport : public QObject
{
    Q_OBJECT

private slots:
    void formatBySuffix()
    {
        QCOMPARE(ReportExport::formatFor(QStringLiteral("/x/report.PDF")), ReportExport::Format::Pdf);
        QCOMPARE(ReportExport::formatFor(QStringLiteral("/x/report.htm")), ReportExport::Format::Html);
        QCOMPARE(ReportExport::formatFor(QStringLiteral("/x/report.txt")), ReportExport::Format::Text);
        QCOMPARE(ReportExport::formatFor(QStringLiteral("/x/report")), ReportExport::Format::Text);
    }

    void everyFormatIsPrivateAndHoldsNoSecret()
    {
        const QString secret = QStringLiteral("scim-SECRET-7f3e9a1c55d04b2e");
        registerSecret(secret);
        const QList<StatusRow> rows = rowsWithASecret(secret);
        const QDateTime at = QDateTime::fromString(QStringLiteral("2026-12-07T08:00:00Z"), Qt::ISODate);
        const QString html = redactSecrets(StatusReportFormat::html(rows, at));
        const QString text = redactSecrets(StatusReportFormat::plainText(rows, at));
        QVERIFY(!html.contains(secret));
        QTemporaryDir dir;
        for (const char *name : {"report.html", "report.pdf", "report.txt"}) {
            const QString path = dir.filePath(QLatin1String(name));
            QCOMPARE(ReportExport::write(path, html, text), QString());
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.isEmpty(), name);
            QVERIFY2(!bytes.contains(secret.toUtf8()), name);
            QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                     QFileDevice::Permissions());
        }
        QFile pdf(dir.filePath(QStringLiteral("report.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        // The PDF's text, as a reader sees it (glyphs mapped back to characters).
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed: the PDF's words are not read back");
        QProcess read;
        read.start(pdftotext, {dir.filePath(QStringLiteral("report.pdf")), QStringLiteral("-")});
        QVERIFY(read.waitForFinished(60000));
        const QString words = QString::fromUtf8(read.readAllStandardOutput());
        QVERIFY2(words.contains(QLatin1String("Provisioning runs")), qPrintable(words));
        QVERIFY(words.contains(QLatin1String("3F2A9C1B")));
        QVERIFY(!words.contains(secret));
        QVERIFY(words.contains(redactionMarker()) || words.contains(QLatin1String("redacted")));
    }

    void anUnwritableFolderIsSaidInWords()
    {
        const QString error = ReportExport::write(QStringLiteral("/nonexistent-folder/x/report.pdf"), {}, {});
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestReportExport)
#include "tst_reportexport.moc"
