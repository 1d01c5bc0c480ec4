#include "pages/AssignPage.h"
#include "pages/PageWidgets.h"

#include "core/LogCategories.h"
#include "core/SetupStateStore.h"
#include "entra/GraphClient.h"
#include "entra/PrincipalSearchModel.h"
#include "entra/ProvisionOnDemand.h"
#include "entra/SignInSession.h"
#include "pages/WizardContext.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace insightly {

namespace {

QPushButton *button(const QString &objectName, const QString &text, QWidget *parent)
{
    return makeButton(parent, objectName, text, text);
}

template <typename W> W *named(W *widget, const QString &objectName, const QString &accessibleName)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
    return widget;
}

constexpr int kPrincipalIdRole = Qt::UserRole + 1;

} // namespace

AssignPage::AssignPage(WizardContext &context, QWidget *parent)
    : StepPage(context, QStringLiteral("assignPage"), parent)
{
    setTitle(tr("Step 4 — Assign users and groups"));
    setSubTitle(tr("Who may sign in to Insightly through Entra, and who is provisioned."));
    setInstructions(
        tr("<p>Assign the users and groups who use Insightly. Their Insightly e-mail address must "
           "match their Entra sign-in name.</p><p>Assigning a group is faster than assigning its "
           "members one by one. Check for lockouts before you enforce SAML login in Insightly.</p>"
           "<p>Users then sign in from <b>https://myapps.microsoft.com</b>.</p>"));
    buildPicker();
    buildCurrent();
    buildProvisioning();
    buildLockout();
    m_message = named(new QLabel(this), QStringLiteral("assignMessage"), tr("Message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copyDiagnostics = button(QStringLiteral("assignCopyDiagnosticsButton"), tr("Copy diagnostics"), this);
    m_copyDiagnostics->hide();
    connect(m_copyDiagnostics, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_lastMessage.toDiagnostics()); });
    contentLayout()->addWidget(m_message);
    contentLayout()->addWidget(m_copyDiagnostics, 0, Qt::AlignLeft);
}

AssignPage::~AssignPage()
{
    if (m_assignments)
        m_assignments->cancel();
}

void AssignPage::buildPicker()
{
    auto *label = new QLabel(tr("Find users and groups:"), this);
    m_search = named(new QLineEdit(this), QStringLiteral("assignSearchEdit"), tr("Find users and groups"));
    m_search->setPlaceholderText(tr("Name, e-mail or sign-in name"));
    label->setBuddy(m_search);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300); // search once the admin pauses, not on every keystroke
    connect(m_search, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] {
        if (ensureServices())
            m_model->setQuery(m_search->text());
    });
    m_model = new entra::PrincipalSearchModel(this);
    connect(m_model, &entra::PrincipalSearchModel::failed, this, &AssignPage::showMessage);
    m_results = named(new QListView(this), QStringLiteral("assignResultsView"), tr("Search results"));
    m_results->setModel(m_model);
    m_results->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_results->setUniformItemSizes(true);
    m_results->setMinimumHeight(140);
    m_add = button(QStringLiteral("assignAddButton"), tr("Assign selected"), this);
    connect(m_add, &QPushButton::clicked, this, &AssignPage::addSelected);

    m_progress = named(new QProgressBar(this), QStringLiteral("assignProgress"), tr("Assignment progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m"));
    m_progressText = named(new QLabel(this), QStringLiteral("assignProgressText"), tr("Assignment rate"));
    m_cancel = button(QStringLiteral("assignCancelButton"), tr("Cancel"), this);
    m_cancel->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_assignments)
            m_assignments->cancel();
        if (m_onDemand)
            m_onDemand->cancel();
    });
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_progressText);
    progressRow->addWidget(m_cancel);

    contentLayout()->addWidget(label);
    contentLayout()->addWidget(m_search);
    contentLayout()->addWidget(m_results);
    contentLayout()->addWidget(m_add, 0, Qt::AlignLeft);
    contentLayout()->addLayout(progressRow);
}

void AssignPage::buildCurrent()
{
    contentLayout()->addWidget(new QLabel(tr("Assigned now:"), this));
    m_current = named(new QListWidget(this), QStringLiteral("assignCurrentView"), tr("Current assignments"));
    m_current->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_current->setMinimumHeight(110);
    m_remove = button(QStringLiteral("assignRemoveButton"), tr("Remove selected"), this);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSelected(); });
    contentLayout()->addWidget(m_current);
    contentLayout()->addWidget(m_remove, 0, Qt::AlignLeft);
}

void AssignPage::buildProvisioning()
{
    m_provision = button(QStringLiteral("assignProvisionButton"), tr("Provision selected users now"), this);
    m_provision->setToolTip(
        tr("Creates the selected assigned users in Insightly now instead of waiting for the "
           "next provisioning cycle (at most 5 users per 10 seconds)."));
    connect(m_provision, &QPushButton::clicked, this, [this] { provisionSelected(); });
    m_provisionResults =
        named(new QTreeWidget(this), QStringLiteral("assignProvisionResults"), tr("Provisioning results"));
    m_provisionResults->setHeaderLabels({tr("User or step"), tr("Result"), tr("Details")});
    m_provisionResults->setMinimumHeight(90);
    contentLayout()->addWidget(m_provision, 0, Qt::AlignLeft);
    contentLayout()->addWidget(m_provisionResults);
}

void AssignPage::buildLockout()
{
    contentLayout()->addWidget(new QLabel(tr("Before you enforce SAML login in Insightly, check who would be "
                                             "locked out (needs your Insightly API "
                                             "key, from User Settings):"),
                                          this));
    m_apiKey = named(new QLineEdit(this), QStringLiteral("assignApiKeyEdit"), tr("Insightly API key"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setPlaceholderText(tr("Insightly API key (kept in the system keychain)"));
    m_lockout = button(QStringLiteral("assignLockoutButton"), tr("Check for lockouts"), this);
    connect(m_lockout, &QPushButton::clicked, this, [this] { runLockoutCheck(); });
    m_lockoutList = named(new QListWidget(this), QStringLiteral("assignLockoutList"),
                          tr("Insightly users who could not sign in"));
    m_lockoutList->setMinimumHeight(90);
    m_lockoutFix =
        button(QStringLiteral("assignLockoutFixButton"), tr("Assign the matching Entra users"), this);
    m_lockoutFix->setEnabled(false);
    connect(m_lockoutFix, &QPushButton::clicked, this, [this] {
        QList<SetupState::Assignment> entries;
        for (int i = 0; i < m_lockoutList->count(); ++i) {
            const QString id = m_lockoutList->item(i)->data(kPrincipalIdRole).toString();
            if (!id.isEmpty())
                entries << SetupState::Assignment{id, SetupState::PrincipalType::User, false};
        }
        queueAndAssign(entries);
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_apiKey, 1);
    row->addWidget(m_lockout);
    contentLayout()->addLayout(row);
    contentLayout()->addWidget(m_lockoutList);
    contentLayout()->addWidget(m_lockoutFix, 0, Qt::AlignLeft);
}

bool AssignPage::ensureServices()
{
    entra::SignInSession *session = context().session();
    const QString spId = context().setup().state().servicePrincipalId;
    if (!session || !session->graph() || spId.isEmpty()) {
        showMessage({tr("Assignments cannot be made yet."),
                     spId.isEmpty() ? tr("The Insightly application has not been created in Entra.")
                                    : tr("You are not signed in to Entra."),
                     tr("Go back to the earlier steps and complete them."),
                     QStringLiteral("assign.not-ready"),
                     {},
                     {}});
        return false;
    }
    m_model->setGraph(session->graph());
    if (!m_assignments) {
        m_assignments = new entra::AppAssignments(session->graph(), spId, this);
        entra::AppAssignments::paceForTenantQuota(session->graph());
        connect(m_assignments, &entra::AppAssignments::progressChanged, this, &AssignPage::showProgress);
    }
    return true;
}

void AssignPage::initializePage()
{
    // Runs again after Back: keep what the admin typed and chose; resume a queue a crash left behind.
    if (!ensureServices())
        return;
    if (m_model->rowCount() == 0 && !m_model->isLoading())
        m_model->setQuery(m_search->text());
    if (context().setup().state().pendingAssignments() > 0 && !m_busy)
        runQueue();
    else
        reloadCurrent();
}

bool AssignPage::isComplete() const
{
    return !m_busy && m_currentCount > 0;
}

void AssignPage::setBusy(bool busy)
{
    m_busy = busy;
    m_cancel->setEnabled(busy);
    for (QPushButton *b : {m_add, m_remove, m_provision, m_lockout, m_lockoutFix})
        b->setEnabled(!busy);
    if (!busy)
        m_lockoutFix->setEnabled(m_lockoutList->count() > 0);
    Q_EMIT completeChanged();
}

void AssignPage::showMessage(const UserMessage &message)
{
    m_lastMessage = message;
    if (message.isEmpty()) {
        m_message->clear();
        m_copyDiagnostics->hide();
        return;
    }
    qCWarning(lcPages) << "assign page:" << message.code << "request-id" << message.requestId;
    QString text = message.what;
    if (!message.why.isEmpty())
        text += u' ' + message.why;
    if (!message.action.isEmpty())
        text += u'\n' + message.action;
    m_message->setText(text);
    m_copyDiagnostics->show();
}

void AssignPage::showProgress(const entra::BulkProgress &progress)
{
    m_progress->setRange(0, qMax(1, progress.total));
    m_progress->setValue(progress.done);
    QString text = tr("%n per second", nullptr, qRound(progress.perSecond));
    if (progress.etaMs >= 0)
        text += u' ' + tr("— about %n second(s) left", nullptr, int((progress.etaMs + 999) / 1000));
    if (progress.failed > 0)
        text += u' ' + tr("— %n failed", nullptr, progress.failed);
    m_progressText->setText(text);
}

void AssignPage::addSelected()
{
    QList<SetupState::Assignment> entries;
    const QModelIndexList rows = m_results->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        const auto type =
            SetupState::PrincipalType(index.data(entra::PrincipalSearchModel::TypeRole).toInt());
        entries << SetupState::Assignment{index.data(entra::PrincipalSearchModel::IdRole).toString(), type,
                                          false};
    }
    if (entries.isEmpty()) {
        showMessage({tr("Nothing is selected."),
                     tr("Select users or groups in the search results first."),
                     {},
                     QStringLiteral("assign.nothing-selected"),
                     {},
                     {}});
        return;
    }
    queueAndAssign(entries);
}

QCoro::Task<> AssignPage::queueAndAssign(QList<SetupState::Assignment> entries)
{
    if (m_busy || entries.isEmpty())
        co_return;
    context().setup().update([&entries](SetupState &state) { state.assignmentQueue.append(entries); });
    co_await runQueue();
}

QCoro::Task<> AssignPage::runQueue()
{
    QPointer<AssignPage> self(this);
    if (m_busy || !ensureServices())
        co_return;
    setBusy(true);
    showMessage({});
    const entra::BulkResult result = co_await m_assignments->assignQueued(&context().setup());
    if (!self)
        co_return;
    if (!result.failures.isEmpty())
        showMessage(result.failures.first().userMessage());
    else if (result.cancelled)
        m_progressText->setText(tr("Stopped. %n assignment(s) are still queued; they continue when you "
                                   "come back to this step.",
                                   nullptr, int(context().setup().state().pendingAssignments())));
    setBusy(false);
    co_await reloadCurrent();
}

} // namespace insightly
