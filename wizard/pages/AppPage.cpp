#include "pages/AppPage.h"

#include "pages/ChangePlanPanel.h"
#include "pages/FailurePanel.h"
#include "pages/InfoLabel.h"
#include "pages/PageWidgets.h"
#include "pages/WizardContext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <utility>

namespace insightly {

AppPage::AppPage(WizardContext &context, QWidget *parent)
    : StepPage(context, QStringLiteral("appPage"), parent)
    , m_flow(new AppFlow(context.flowContext(), this))
{
    setTitle(tr("Step 1 — Add the Insightly SAML application"));
    setSubTitle(tr("The enterprise application from the Microsoft Entra gallery."));
    setInstructions(
        tr("<p>In the Entra admin center this is <b>Enterprise applications › New application</b>, "
           "searching the gallery for <b>Insightly SAML</b> and adding it.</p><p>The wizard finds an "
           "existing Insightly SAML application first and never creates a second one. A new "
           "application takes a little while to appear everywhere in Entra; the wizard waits for "
           "it.</p>"));

    m_progressText = new InfoLabel(QStringLiteral("appProgressLabel"), tr("Progress of step 1"), this);
    m_progressText->setText(tr("Not started."));
    contentLayout()->addWidget(m_progressText);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("appProgressBar"));
    m_progress->setAccessibleName(tr("Progress of step 1"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    contentLayout()->addWidget(m_progress);

    auto *plan = m_plan = new ChangePlanPanel(context, PlannedChange::Step::App, this);
    contentLayout()->addWidget(plan);
    connect(m_flow, &AppFlow::started, plan, &ChangePlanPanel::stepStarted);
    connect(m_flow, &AppFlow::finished, plan, &ChangePlanPanel::stepFinished);
    // The step starts on entering, but only once its plan is read: a plan read while it writes could not
    // be compared with what it did.
    connect(plan, &ChangePlanPanel::planRead, this, [this] {
        if (std::exchange(m_startWhenPlanRead, false) && !m_flow->isDone())
            start();
    });
    auto *buttons = new QHBoxLayout;
    m_start = makeButton(this, QStringLiteral("appStartButton"), tr("&Find or add the application"),
                         tr("Find or add the Insightly SAML application"));
    m_cancelButton = makeButton(this, QStringLiteral("appCancelButton"), tr("&Cancel"), tr("Cancel step 1"));
    m_cancelButton->setEnabled(false);
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch(1);
    contentLayout()->addLayout(buttons);

    m_candidates = new QComboBox(this);
    m_candidates->setObjectName(QStringLiteral("appCandidates"));
    m_candidates->setAccessibleName(tr("Existing Insightly SAML applications"));
    m_choose = makeButton(this, QStringLiteral("appChooseButton"), tr("&Use this application"),
                          tr("Use the selected application"));
    auto *chooseRow = new QHBoxLayout;
    chooseRow->addWidget(m_candidates, 1);
    chooseRow->addWidget(m_choose);
    contentLayout()->addLayout(chooseRow);
    m_candidates->hide();
    m_choose->hide();

    m_result = new InfoLabel(QStringLiteral("appResultLabel"), tr("Result of step 1"), this);
    m_result->setTextFormat(Qt::RichText);
    contentLayout()->addWidget(m_result);
    m_failure = new FailurePanel(QStringLiteral("app"), this);
    contentLayout()->addWidget(m_failure);
    contentLayout()->addStretch(1);

    connect(m_start, &QPushButton::clicked, this, &AppPage::start);
    connect(m_cancelButton, &QPushButton::clicked, m_flow, &AppFlow::cancel);
    connect(m_choose, &QPushButton::clicked, this, [this] {
        if (!isRunning())
            m_flow->choose(m_candidates->currentIndex());
    });
    connect(m_flow, &AppFlow::started, this, &AppPage::showRunning);
    connect(m_flow, &AppFlow::progressChanged, m_progressText, &InfoLabel::setText);
    connect(m_flow, &AppFlow::finished, this, &AppPage::showResult);
}

AppPage::~AppPage()
{
    // The flow's operation stops before the widgets its signals reach are gone.
    m_flow->disconnect(this);
    m_flow->cancel();
}

void AppPage::initializePage()
{
    // Runs again after Back: a finished or running step is left as it is.
    if (m_flow->isDone() || isRunning() || m_startWhenPlanRead)
        return;
    m_plan->refresh(); // before the page is shown, so that its showEvent does not read it a second time
    if (m_plan->isReading()) {
        m_startWhenPlanRead = true;
        m_progressText->setText(tr("Reading what step 1 will change before it starts…"));
        return;
    }
    start();
}

bool AppPage::isComplete() const
{
    return m_flow->isDone() && !isRunning() && StepPage::isComplete();
}

void AppPage::start()
{
    m_startWhenPlanRead = false;
    if (!isRunning())
        m_flow->run();
}

void AppPage::showRunning()
{
    m_failure->clear();
    m_result->setText(QString());
    m_start->setEnabled(false);
    m_choose->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_progress->setRange(0, 0); // busy: Entra gives no percentage
    emit completeChanged();
}

void AppPage::showResult(const entra::GalleryApplicationResult &result)
{
    m_start->setEnabled(true);
    m_cancelButton->setEnabled(false);
    m_progress->setRange(0, 1);
    using Outcome = entra::GalleryApplicationResult::Outcome;
    if (result.outcome == Outcome::ChooseOne) {
        m_candidates->clear();
        for (const entra::InsightlyApplication &app : result.candidates)
            m_candidates->addItem(
                tr("%1 — created %2 — application id %3")
                    .arg(app.displayName,
                         QLocale().toString(app.createdDateTime.toLocalTime(), QLocale::ShortFormat),
                         app.appId));
        m_candidates->show();
        m_choose->show();
        m_choose->setEnabled(true);
        m_progress->setValue(0);
        m_progressText->setText(tr("Several Insightly SAML applications exist in this tenant. Choose the one "
                                   "Insightly users sign in with; the wizard does not pick one for you."));
        emit completeChanged();
        return;
    }
    m_candidates->hide();
    m_choose->hide();
    if (!result.ok()) {
        m_progress->setValue(0);
        m_progressText->setText(result.cancelled ? tr("Cancelled. Nothing more was changed; start again to "
                                                      "continue where it stopped.")
                                                 : tr("Step 1 did not finish."));
        if (!result.cancelled)
            m_failure->showMessage(result.error);
        emit completeChanged();
        return;
    }
    const entra::InsightlyApplication &app = result.application;
    m_progress->setValue(1);
    m_progressText->setText(result.outcome == Outcome::Created
                                ? tr("Created the Insightly SAML application; Entra shows it everywhere now.")
                                : tr("Found the existing Insightly SAML application; nothing was created."));
    m_result->setProperty("outcome", result.outcome == Outcome::Created ? QStringLiteral("created")
                                                                        : QStringLiteral("found"));
    m_result->setText(
        tr("<b>%1</b><br>Application (client) id: <tt>%2</tt><br>Application object id: "
           "<tt>%3</tt><br>Enterprise application (service principal) object id: <tt>%4</tt>")
            .arg(app.displayName.toHtmlEscaped(), app.appId, app.appObjectId, app.servicePrincipalId));
    emit completeChanged();
}

} // namespace insightly
