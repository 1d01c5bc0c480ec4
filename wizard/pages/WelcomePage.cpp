#include "pages/WelcomePage.h"

#include "core/SetupChoiceModel.h"
#include "core/SetupStateStore.h"
#include "pages/PageWidgets.h"
#include "pages/WizardContext.h"
#include "pages/WrappedLabel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace insightly {

WelcomePage::WelcomePage(WizardContext &context, QWidget *parent)
    : StepPage(context, QStringLiteral("welcomePage"), parent)
{
    setTitle(tr("Connect Insightly to Microsoft Entra ID"));
    setSubTitle(
        tr("Single sign-on with SAML and user provisioning with SCIM, set up and proven step by step."));

    auto *intro = new WrappedLabel(
        tr("This wizard signs you in to Microsoft Entra ID and does the four steps of "
           "Insightly's “Setup of SAML & SCIM for Azure” article for you: it adds the "
           "<i>Insightly SAML</i> enterprise application, configures SAML single sign-on and "
           "its signing certificate, connects SCIM provisioning, and assigns users and groups. "
           "It tests each step before the next, and signs in once through SAML before you "
           "enforce SAML login, so nobody is locked out."),
        this);
    intro->setObjectName(QStringLiteral("welcomeIntro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    contentLayout()->addWidget(intro);

    auto *modeBox = new QGroupBox(tr("What would you like to do?"), this);
    modeBox->setObjectName(QStringLiteral("welcomeModeBox"));
    auto *modeLayout = new QVBoxLayout(modeBox);
    m_newSetup = new QRadioButton(tr("&Set up single sign-on and provisioning"), modeBox);
    m_newSetup->setObjectName(QStringLiteral("modeNewSetup"));
    m_newSetup->setAccessibleName(tr("Set up single sign-on and provisioning"));
    m_rotate = new QRadioButton(tr("&Rotate the SAML signing certificate of an existing setup"), modeBox);
    m_rotate->setObjectName(QStringLiteral("modeRotateCertificate"));
    m_rotate->setAccessibleName(tr("Rotate the SAML signing certificate"));
    m_rotateScim = new QRadioButton(tr("Rotate the SCIM to&ken of an existing setup"), modeBox);
    m_rotateScim->setObjectName(QStringLiteral("modeRotateScimToken"));
    m_rotateScim->setAccessibleName(tr("Rotate the SCIM token"));
    m_status = new QRadioButton(tr("&Check the status of an existing setup"), modeBox);
    m_status->setObjectName(QStringLiteral("modeCheckStatus"));
    m_status->setAccessibleName(tr("Check the status of an existing setup"));
    m_modes = new QButtonGroup(this);
    m_modes->addButton(m_newSetup, int(WizardMode::NewSetup));
    m_modes->addButton(m_rotate, int(WizardMode::RotateCertificate));
    m_modes->addButton(m_rotateScim, int(WizardMode::RotateScimToken));
    m_modes->addButton(m_status, int(WizardMode::CheckStatus));
    for (QRadioButton *b : {m_newSetup, m_rotate, m_rotateScim, m_status})
        modeLayout->addWidget(b);
    contentLayout()->addWidget(modeBox);

    auto *form = new QFormLayout;
    m_form = form;
    m_setups = new SetupChoiceModel(this);
    m_setupBox = new QComboBox(this);
    m_setupBox->setObjectName(QStringLiteral("setupCombo"));
    m_setupBox->setAccessibleName(tr("Saved setup"));
    m_setupBox->setAccessibleDescription(
        tr("The tenant and Insightly instance this run is about, or a new setup."));
    m_setupBox->setModel(m_setups);
    // Long tenant names must not widen the page beyond a 1366×768 screen.
    m_setupBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_setupBox->setMinimumContentsLength(30);
    form->addRow(tr("Set&up:"), m_setupBox);
    m_tenant = new QLineEdit(this);
    m_tenant->setObjectName(QStringLiteral("tenantEdit"));
    m_tenant->setAccessibleName(tr("Microsoft Entra tenant"));
    m_tenant->setPlaceholderText(tr("contoso.onmicrosoft.com or tenant ID (optional)"));
    enableClearButton(m_tenant);
    m_tenant->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9.-]*")), m_tenant));
    form->addRow(tr("&Tenant:"), m_tenant);
    contentLayout()->addLayout(form);

    auto *needs =
        new WrappedLabel(tr("<b>You will need</b><ul>"
                            "<li>a Microsoft Entra account with the Cloud Application Administrator or "
                            "Application Administrator role;</li>"
                            "<li>an Insightly administrator account on the Enterprise plan.</li></ul>"),
                         this);
    needs->setObjectName(QStringLiteral("welcomeRequirements"));
    needs->setWordWrap(true);
    needs->setTextFormat(Qt::RichText);
    contentLayout()->addWidget(needs);
    contentLayout()->addStretch(1);

    connect(m_setupBox, &QComboBox::activated, this, &WelcomePage::setupPicked);
    connect(m_modes, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked)
            this->context().setMode(WizardMode(id));
    });
}

void WelcomePage::initializePage()
{
    // Runs again after Back/Next: only the first visit fills in defaults, so nothing the admin chose is
    // reset.
    if (m_initialized)
        return;
    m_initialized = true;
    if (QAbstractButton *b = m_modes->button(int(context().mode())))
        b->setChecked(true);
    m_tenant->setText(context().tenant());

    // The setup shown first: the one asked for (--open), else the latest of the named tenant, else the
    // latest.
    const SetupStateStore &store = context().setup();
    m_setups->reload(store);
    SetupKey first;
    if (const std::optional<SetupKey> chosen = store.choice())
        first = *chosen;
    else if (!context().tenant().isEmpty())
        first = store.catalogue().findSetup(context().tenant(), {});
    else
        first = store.catalogue().mostRecentSetup();
    m_setupBox->setCurrentIndex(m_setups->rowOf(first));
    // Only an admin with a saved setup has one to pick.
    m_form->setRowVisible(m_setupBox, m_setups->setupCount() > 0);
    if (m_setupBox->currentIndex() > 0)
        setupPicked(m_setupBox->currentIndex());
}

void WelcomePage::setupPicked(int row)
{
    const SetupKey setup = m_setups->setupAt(row);
    if (!setup.isEmpty()) {
        m_tenant->setText(setup.tenantId);
        return;
    }
    // A new setup: for another tenant, usually, so the tenant field is the admin's to fill in; and a set-up
    // run, since a re-run needs a saved setup.
    m_tenant->clear();
    if (context().mode() != WizardMode::NewSetup && m_newSetup)
        m_newSetup->setChecked(true);
}

bool WelcomePage::validatePage()
{
    const QString tenant = m_tenant->text().trimmed();
    const SetupKey picked = m_setups->setupAt(m_setupBox->currentIndex());
    SetupStateStore &store = context().setup();
    if (!picked.isEmpty() &&
        (tenant.isEmpty() || tenant.compare(picked.tenantId, Qt::CaseInsensitive) == 0)) {
        store.choose(picked);
        context().setTenant(picked.tenantId);
        return true;
    }
    // A new setup (of the tenant named, or of whichever tenant signs in). A re-run without a picked setup
    // opens the signed-in tenant's latest, as before there were several.
    if (context().mode() == WizardMode::NewSetup)
        store.choose(SetupKey{tenant, {}});
    else
        store.forgetChoice();
    context().setTenant(tenant);
    return true;
}

} // namespace insightly
