#include "pages/SummaryPage.h"

#include "browser/UrlOpener.h"
#include "core/AuditJournal.h"
#include "core/LogCategories.h"
#include "core/PrivateFiles.h"
#include "core/SecretRedaction.h"
#include "core/SecretStore.h"
#include "core/SetupStateStore.h"
#include "entra/GraphClient.h"
#include "entra/SignInSession.h"
#include "flows/ReminderSchedule.h"
#include "flows/SetupStatusReport.h"
#include "flows/StatusReportFormat.h"
#include "pages/InfoLabel.h"
#include "pages/LockoutCheckPanel.h"
#include "pages/PageWidgets.h"
#include "pages/RemoveSetupDialog.h"
#include "pages/ReportExport.h"

#include "pages/WizardContext.h"
#include <QCheckBox>
#include <QLocale>
#include <QPointer>
#include <QSignalBlocker>
#include <QTextDocumentFragment>

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStyle>

namespace insightly {

namespace {

// The report's HTML with the journal's section before its end.
QString withJournal(const QString &report, const QString &journal)
{
    const qsizetype end = report.lastIndexOf(QLatin1String("</body>"));
    return end < 0 ? report + journal : QString(report).insert(end, journal);
}

} // namespace

namespace {

QStyle::StandardPixmap pixmapFor(StatusRow::Level level)
{
    switch (level) {
    case StatusRow::Level::Ok:
        return QStyle::SP_DialogApplyButton;
    case StatusRow::Level::Warning:
        return QStyle::SP_MessageBoxWarning;
    case StatusRow::Level::Error:
        return QStyle::SP_MessageBoxCritical;
    case StatusRow::Level::Unknown:
        return QStyle::SP_MessageBoxQuestion;
    case StatusRow::Level::NotApplicable:
    case StatusRow::Level::Loading:
        break;
    }
    return QStyle::SP_MessageBoxInformation;
}

} // namespace

SummaryPage::SummaryPage(WizardContext &context, QWidget *parent)
    : StepPage(context, QStringLiteral("summaryPage"), parent)
    , m_report(new SetupStatusReport(this))
{
    setTitle(tr("Summary — status of the setup"));
    setSubTitle(tr("Read live from Microsoft Entra; what is not right says what to do."));
    setFinalPage(true);
    setInstructions(
        tr("<p>Each line is read from Microsoft Entra now, not from what the wizard remembers, so this "
           "page is also how to check an existing setup later.</p><p>Users start Insightly from "
           "<b>My Apps</b> (https://myapps.microsoft.com/): Insightly supports sign-in started from "
           "Microsoft only.</p><p>Microsoft e-mails the notification addresses 60, 30 and 7 days before "
           "the signing certificate expires; rotate it before then.</p>"));

    auto *progressRow = new QHBoxLayout;
    m_progressText = new QLabel(this);
    InfoLabel::showText(m_progressText, tr("Not read yet."));
    m_progressText->setObjectName(QStringLiteral("summaryProgressLabel"));
    m_progressText->setAccessibleName(tr("Progress of the status check"));
    m_progressText->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("summaryProgressBar"));
    m_progress->setAccessibleName(tr("Progress of the status check"));
    m_progress->setRange(0, int(StatusRow::allIds().size()));
    m_progress->setValue(0);
    progressRow->addWidget(m_progressText, 1);
    progressRow->addWidget(m_progress);
    contentLayout()->addLayout(progressRow);

    auto *buttons = new QHBoxLayout;
    m_refresh =
        makeButton(this, QStringLiteral("summaryRefreshButton"), tr("&Refresh"), tr("Read the status again"));
    m_cancel =
        makeButton(this, QStringLiteral("summaryCancelButton"), tr("&Cancel"), tr("Cancel the status check"));
    m_copy = makeButton(this, QStringLiteral("summaryCopyButton"), tr("Cop&y report"),
                        tr("Copy the status report to the clipboard"));
    m_save = makeButton(this, QStringLiteral("summarySaveButton"), tr("&Save report…"),
                        tr("Save the status report to a file"));
    m_cancel->setEnabled(false);
    for (QPushButton *b : {m_refresh, m_cancel, m_copy, m_save})
        buttons->addWidget(b);
    buttons->addStretch(1);
    contentLayout()->addLayout(buttons);
    m_saveResult = new QLabel(this);
    m_saveResult->setObjectName(QStringLiteral("summarySaveResult"));
    m_saveResult->setAccessibleName(tr("Result of saving the report"));
    m_saveResult->setWordWrap(true);
    m_saveResult->hide();
    contentLayout()->addWidget(m_saveResult);

    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    const QList<StatusRow::Id> ids = StatusRow::allIds();
    for (int i = 0; i < ids.size(); ++i) {
        const QString key = StatusRow::idKey(ids.at(i));
        RowWidgets row;
        row.icon = new QLabel(this);
        row.icon->setObjectName(QStringLiteral("summaryIcon_") + key);
        row.icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
        row.text = new QLabel(this);
        row.text->setObjectName(QStringLiteral("summaryRow_") + key);
        row.text->setAccessibleName(StatusRow::titleOf(ids.at(i)));
        row.text->setWordWrap(true);
        row.text->setTextFormat(Qt::RichText);
        row.text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        row.text->setFrameShape(QFrame::StyledPanel);
        row.text->setMargin(6);
        grid->addWidget(row.icon, i, 0);
        grid->addWidget(row.text, i, 1);
        m_rows.append(row);
        showRow(i);
    }
    contentLayout()->addLayout(grid);

    m_myApps = new QLabel(this);
    m_myApps->setObjectName(QStringLiteral("summaryMyAppsLink"));
    m_myApps->setAccessibleName(tr("My Apps, where users sign in to Insightly"));
    InfoLabel::showText(m_myApps,
                        tr("Users sign in here: <a href=\"%1\">%1</a>").arg(StatusReportFormat::kMyAppsUrl));
    m_myApps->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_myApps->setFocusPolicy(Qt::StrongFocus);
    contentLayout()->addWidget(m_myApps);

    // Again here, the lockout check: after the assignments, before the admin leaves the wizard.
    contentLayout()->addWidget(new LockoutCheckPanel(context, QStringLiteral("summaryLockout"), this));

    // "Check this setup every week": a scheduled --check that notifies when something needs attention.
    m_reminder =
        new QCheckBox(tr("Check this setup every &week and notify me when something needs attention"), this);
    m_reminder->setObjectName(QStringLiteral("summaryReminderCheck"));
    m_reminder->setAccessibleName(
        tr("Check this setup every week and notify me when something needs attention"));
    contentLayout()->addWidget(m_reminder);
    m_reminderResult = new QLabel(this);
    m_reminderResult->setObjectName(QStringLiteral("summaryReminderResult"));
    m_reminderResult->setAccessibleName(tr("Result of the weekly check setting"));
    m_reminderResult->setWordWrap(true);
    m_reminderResult->hide();
    contentLayout()->addWidget(m_reminderResult);
    connect(m_reminder, &QCheckBox::toggled, this, [this](bool on) { setReminder(on); });

    // What the wizard changed, from the tenant's audit journal (newest first).
    m_journal = new QLabel(this);
    m_journal->setObjectName(QStringLiteral("summaryJournal"));
    m_journal->setAccessibleName(tr("Changes this wizard made"));
    m_journal->setTextFormat(Qt::RichText);
    m_journal->setWordWrap(true);
    m_journal->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_journal->hide();
    contentLayout()->addWidget(m_journal);

    m_remove =
        makeButton(this, QStringLiteral("summaryRemoveButton"), tr("Remove what this wizard cr&eated…"),
                   tr("Remove what this wizard created, after a confirmation that lists it"));
    auto *removeRow = new QHBoxLayout;
    removeRow->addWidget(m_remove);
    removeRow->addStretch(1);
    contentLayout()->addLayout(removeRow);
    contentLayout()->addStretch(1);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        RemoveSetupDialog dialog(this->context().flowContext(), this);
        if (dialog.exec() == QDialog::Accepted && dialog.removed())
            refresh();
    });

    connect(m_myApps, &QLabel::linkActivated, this,
            [this](const QString &link) { this->context().urlOpener().open(QUrl(link)); });
    connect(m_refresh, &QPushButton::clicked, this, &SummaryPage::refresh);
    connect(m_cancel, &QPushButton::clicked, m_report, &SetupStatusReport::cancel);
    connect(m_copy, &QPushButton::clicked, this, &SummaryPage::copyReport);
    connect(m_save, &QPushButton::clicked, this, &SummaryPage::chooseFileAndSave);
    connect(m_report, &SetupStatusReport::rowChanged, this, &SummaryPage::showRow);
    connect(m_report, &SetupStatusReport::progressChanged, this, &SummaryPage::showProgress);
    connect(m_report, &SetupStatusReport::finished, this, &SummaryPage::showFinished);
    connect(m_report, &SetupStatusReport::started, this, [this] {
        for (int i = 0; i < m_rows.size(); ++i)
            showRow(i);
        m_refresh->setEnabled(false);
        m_cancel->setEnabled(true);
    });
}

SummaryPage::~SummaryPage() = default;

void SummaryPage::initializePage()
{
    // A status is read fresh each time the page is shown (it may follow Back/Next after a change).
    refresh();
    const QString tenant = context().setup().state().tenantId;
    const QSignalBlocker blocker(m_reminder);
    m_reminder->setEnabled(!tenant.isEmpty());
    m_reminder->setChecked(!tenant.isEmpty() && ReminderSchedule(ReminderSchedule::optionsFor(
                                                                     context().setup().state(),
                                                                     QCoreApplication::applicationFilePath()))
                                                    .isInstalled());
    showJournal();
}

QCoro::Task<> SummaryPage::setReminder(bool on)
{
    QPointer<SummaryPage> self(this);
    const QString tenant = context().setup().state().tenantId;
    if (tenant.isEmpty())
        co_return;
    m_reminder->setEnabled(false);
    auto *schedule = new ReminderSchedule(
        ReminderSchedule::optionsFor(context().setup().state(), QCoreApplication::applicationFilePath()),
        this);
    const ReminderSchedule::Result result = on ? co_await schedule->install() : co_await schedule->remove();
    if (!self)
        co_return;
    schedule->deleteLater();
    m_reminder->setEnabled(true);
    if (!result.ok) {
        const QSignalBlocker blocker(m_reminder);
        m_reminder->setChecked(!on);
    }
    InfoLabel::showText(m_reminderResult, result.message);
    m_reminderResult->setVisible(!result.message.isEmpty());
}

QString SummaryPage::journalHtml() const
{
    const SetupKey setup = context().setup().currentKey();
    const QList<AuditEntry> entries =
        setup.isEmpty() ? QList<AuditEntry>() : context().setup().journal().read(setup.id());
    if (entries.isEmpty())
        return {};
    QString html =
        QStringLiteral("<h2>%1</h2><ul>")
            .arg(tr("Changes made by this wizard (%n)", nullptr, int(entries.size())).toHtmlEscaped());
    for (qsizetype i = entries.size() - 1; i >= 0; --i) {
        const AuditEntry &entry = entries.at(i);
        QString line = QLocale().toString(entry.time.toLocalTime(), QLocale::ShortFormat) +
                       QStringLiteral(" — ") + entry.method + u' ' + entry.object;
        if (!entry.property.isEmpty())
            line += QStringLiteral(" (%1)").arg(entry.property);
        if (entry.status)
            line += QStringLiteral(" → %1").arg(entry.status);
        if (!entry.requestId.isEmpty())
            line += u' ' + tr("request-id %1").arg(entry.requestId);
        if (!entry.note.isEmpty())
            line += QStringLiteral(": ") + entry.note;
        html += QStringLiteral("<li>%1</li>").arg(redactSecrets(line).toHtmlEscaped());
    }
    return html + QStringLiteral("</ul>");
}

void SummaryPage::showJournal()
{
    const QString html = journalHtml();
    m_journal->setText(html);
    m_journal->setAccessibleDescription(QTextDocumentFragment::fromHtml(html).toPlainText());
    m_journal->setVisible(!html.isEmpty());
}

void SummaryPage::cleanupPage()
{
    m_report->cancel();
    StepPage::cleanupPage();
}

bool SummaryPage::isComplete() const
{
    // A report never holds the admin back: Finish closes the wizard at any time (closing cancels the reads).
    return StepPage::isComplete();
}

void SummaryPage::refresh()
{
    SetupStatusReport::Inputs inputs;
    inputs.setup = &context().setup();
    inputs.secrets = &context().secrets();
    if (entra::SignInSession *session = context().session(); session && session->isSignedIn()) {
        inputs.graph = session->graph();
        inputs.identity = session->preflight().identity;
    }
    m_report->setInputs(inputs);
    m_saveResult->hide();
    m_report->start();
}

void SummaryPage::showRow(int index)
{
    const StatusRow &row = m_report->rows().at(index);
    const RowWidgets &w = m_rows.at(index);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    w.icon->setPixmap(style()->standardIcon(pixmapFor(row.level)).pixmap(size, size));
    w.icon->setAccessibleName(StatusRow::levelText(row.level));
    w.icon->setToolTip(StatusRow::levelText(row.level));
    QString html =
        QStringLiteral("<b>%1 %2</b> — %3: %4")
            .arg(StatusRow::levelSymbol(row.level), StatusRow::levelText(row.level).toHtmlEscaped(),
                 row.title.toHtmlEscaped(), row.summary.toHtmlEscaped());
    for (const auto &[label, value] : row.facts)
        html += QStringLiteral("<br>%1: %2").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    if (!row.error.isEmpty()) {
        if (!row.error.why.isEmpty())
            html += QStringLiteral("<br>") + tr("Why: %1").arg(row.error.why).toHtmlEscaped();
        if (!row.error.requestId.isEmpty())
            html += QStringLiteral("<br>") + tr("Request ID: %1").arg(row.error.requestId).toHtmlEscaped();
    }
    if (!row.action.isEmpty())
        html += QStringLiteral("<br><i>%1</i> %2")
                    .arg(tr("What to do:").toHtmlEscaped(), row.action.toHtmlEscaped());
    w.text->setText(html);
    w.text->setProperty("level", StatusRow::levelKey(row.level));
    w.text->setAccessibleDescription(StatusReportFormat::rowLines(row).join(u'\n'));
}

void SummaryPage::showProgress(int settled, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(settled);
    if (m_report->isRunning())
        InfoLabel::showText(
            m_progressText,
            tr("Reading the status from Microsoft Entra… %1 of %2 checks done.").arg(settled).arg(total));
}

void SummaryPage::showFinished(bool cancelled)
{
    m_refresh->setEnabled(true);
    m_cancel->setEnabled(false);
    int warnings = 0;
    int errors = 0;
    for (const StatusRow &row : m_report->rows()) {
        warnings += row.level == StatusRow::Level::Warning ? 1 : 0;
        errors += row.level == StatusRow::Level::Error || row.level == StatusRow::Level::Unknown ? 1 : 0;
    }
    if (cancelled)
        InfoLabel::showText(m_progressText, tr("Cancelled; select Refresh to read the status again."));
    else if (warnings + errors == 0)
        InfoLabel::showText(m_progressText, tr("Everything checked is in order."));
    else if (errors == 0)
        InfoLabel::showText(m_progressText,
                            tr("%n warning(s): see \"What to do\" below.", nullptr, warnings));
    else
        InfoLabel::showText(
            m_progressText,
            tr("%n problem(s) and %1 warning(s): see \"What to do\" below.", nullptr, errors).arg(warnings));
}

void SummaryPage::copyReport()
{
    QApplication::clipboard()->setText(m_report->toPlainText());
    InfoLabel::showText(m_saveResult, tr("The report is on the clipboard."));
    m_saveResult->show();
}

void SummaryPage::chooseFileAndSave()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the status report"), folder + QStringLiteral("/insightly-sso-status.html"),
        tr("Web page (*.html);;PDF document (*.pdf);;Text (*.txt)"));
    if (!path.isEmpty())
        saveReport(path);
}

bool SummaryPage::saveReport(const QString &path)
{
    const QString error = ReportExport::write(
        path, withJournal(m_report->toHtml(), journalHtml()),
        m_report->toPlainText() + u'\n' + QTextDocumentFragment::fromHtml(journalHtml()).toPlainText());
    const bool ok = error.isEmpty();
    InfoLabel::showText(m_saveResult,
                        ok ? tr("Saved the report to %1.").arg(QDir::toNativeSeparators(path))
                           : tr("The report could not be saved to %1: %2. Choose another folder.")
                                 .arg(QDir::toNativeSeparators(path), error));
    m_saveResult->show();
    if (!ok)
        qCWarning(lcPages) << "status report not saved:" << error;
    return ok;
}

} // namespace insightly
