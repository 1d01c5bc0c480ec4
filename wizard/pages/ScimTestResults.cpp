#include "pages/ScimTestResults.h"
#include "pages/InfoLabel.h"
#include "pages/ReadableViews.h"

#include <QAbstractButton>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace insightly {

namespace {

enum Column { Mark, Check, Seen, Time, CauseAndFix, ColumnCount };

QString causeAndFix(const UserMessage &m)
{
    if (m.isEmpty())
        return {};
    QStringList parts{m.what};
    if (!m.why.isEmpty())
        parts << ScimTestResults::tr("Cause: %1").arg(m.why);
    if (!m.action.isEmpty())
        parts << ScimTestResults::tr("Fix: %1").arg(m.action);
    return parts.join(u'\n');
}

} // namespace

ScimTestResults::ScimTestResults(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("scimProbeTable"));
    m_table->setAccessibleName(tr("The wizard's own connection test"));
    m_table->setHorizontalHeaderLabels(
        {QString(), tr("Check"), tr("What was seen"), tr("Time"), tr("Cause and fix")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table (a table's default moves from cell to cell)
    // One line per check, long cells cut in the middle: the full text is in the tooltip and the details line.
    elideInMiddle(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(Mark, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Time, QHeaderView::ResizeToContents);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(140);
    m_table->setCornerButtonEnabled(false);
    // Qt's own corner button has no name; screen readers (and the navigation test) need one.
    for (QAbstractButton *corner : m_table->findChildren<QAbstractButton *>())
        corner->setAccessibleName(tr("Select all rows"));
    layout->addWidget(m_table);
    m_details = new ItemDetails(m_table, QStringLiteral("scimProbeDetails"), this);
    layout->addWidget(m_details);

    m_entra = new QLabel(this);
    m_entra->setObjectName(QStringLiteral("scimEntraResult"));
    m_entra->setWordWrap(true);
    m_entra->setTextFormat(Qt::PlainText);
    m_entra->setTextInteractionFlags(Qt::TextSelectableByMouse);
    InfoLabel::speakText(m_entra, tr("Microsoft Entra's Test Connection"));
    layout->addWidget(m_entra);
    clear();
}

void ScimTestResults::follow(ScimFlow *flow)
{
    connect(flow, &ScimFlow::testStarted, this, &ScimTestResults::showRunning);
    connect(flow, &ScimFlow::probeCheckFinished, this, &ScimTestResults::setCheck);
    connect(flow, &ScimFlow::entraTestStarted, this, &ScimTestResults::setEntraRunning);
    connect(flow, &ScimFlow::testFinished, this, [this](const ScimFlow::TestOutcome &outcome) {
        setProbeReport(outcome.probe);
        if (outcome.entraRan)
            setEntraResult(outcome.entra);
        else
            setEntraError(outcome.entraProblem);
    });
}

void ScimTestResults::clear()
{
    m_table->setRowCount(0);
    m_details->refresh();
    m_entra->clear();
    setVisible(false);
}

void ScimTestResults::showRunning()
{
    setVisible(true);
    m_table->setRowCount(0);
    for (ScimCheckId id : {ScimCheckId::HostLookup, ScimCheckId::TcpConnect, ScimCheckId::Tls,
                           ScimCheckId::ServiceProviderConfig, ScimCheckId::UserLookup}) {
        ScimCheck pending;
        pending.id = id;
        pending.title = ScimProbe::title(id);
        pending.seen = tr("Checking…");
        setCheck(pending);
    }
}

void ScimTestResults::setCheck(const ScimCheck &check)
{
    const int row = int(check.id);
    if (m_table->rowCount() <= row)
        m_table->setRowCount(row + 1);
    const QStringList cells{markOf(check.outcome), check.title, check.seen,
                            check.outcome == ScimCheckOutcome::Skipped ? QString()
                                                                       : tr("%1 ms").arg(check.elapsedMs),
                            causeAndFix(check.failure)};
    for (int column = 0; column < ColumnCount; ++column) {
        auto *item = new QTableWidgetItem(QString(cells.value(column)).replace(u'\n', u' '));
        item->setToolTip(cells.value(column));
        m_table->setItem(row, column, item);
    }
    m_table->resizeRowToContents(row);
}

void ScimTestResults::setProbeReport(const ScimProbeReport &report)
{
    setVisible(true);
    for (const ScimCheck &check : report.checks)
        setCheck(check);
}

void ScimTestResults::setEntraRunning()
{
    setVisible(true);
    m_entra->setText(tr("Microsoft Entra's Test Connection: running…"));
}

void ScimTestResults::setEntraResult(const entra::CredentialTestResult &result)
{
    setVisible(true);
    if (result.passed) {
        m_entra->setText(tr("\u2713 Microsoft Entra's Test Connection passed (HTTP %1, %2 ms): Microsoft's "
                            "provisioning service reached Insightly and the token was accepted.")
                             .arg(result.httpStatus)
                             .arg(result.elapsedMs));
        return;
    }
    QString text = tr("\u2717 Microsoft Entra's Test Connection failed (HTTP %1).").arg(result.httpStatus);
    if (!result.entraMessage.isEmpty() || !result.entraCode.isEmpty())
        text += u'\n' + tr("Entra's answer: [%1] %2").arg(result.entraCode, result.entraMessage);
    text += u'\n' + tr("Our reading: %1").arg(causeAndFix(result.reading));
    if (!result.requestId.isEmpty())
        text += u'\n' + tr("Request ID: %1").arg(result.requestId);
    m_entra->setText(text);
}

void ScimTestResults::setEntraError(const UserMessage &message)
{
    setVisible(true);
    m_entra->setText(
        tr("\u2717 Microsoft Entra's Test Connection could not run.") + u'\n' + causeAndFix(message) +
        (message.requestId.isEmpty() ? QString() : u'\n' + tr("Request ID: %1").arg(message.requestId)));
}

QString ScimTestResults::diagnostics() const
{
    QStringList lines;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < ColumnCount; ++column)
            cells << (m_table->item(row, column) ? m_table->item(row, column)->text() : QString());
        lines << cells.join(QStringLiteral(" | "));
    }
    lines << m_entra->text();
    return lines.join(u'\n');
}

} // namespace insightly
