#pragma once

#include "pages/StepPage.h"

class QButtonGroup;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QRadioButton;

namespace insightly {

class SetupChoiceModel;

// Welcome: what the wizard does, and what this run is for — a new setup, rotating the SAML signing
// certificate, rotating the SCIM token, or checking the status of an existing setup — and, for an admin of
// several tenants or Insightly instances, which saved setup (SetupChoiceModel): the choice goes to
// SetupStateStore::choose(), so the sign-in opens that setup's state, journal, keychain entries and schedule.
class WelcomePage : public StepPage
{
    Q_OBJECT
public:
    explicit WelcomePage(WizardContext &context, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

    SetupChoiceModel *setups() const { return m_setups; }

private:
    void setupPicked(int row);

    QRadioButton *m_newSetup = nullptr;
    QRadioButton *m_rotate = nullptr;
    QRadioButton *m_rotateScim = nullptr;
    QRadioButton *m_status = nullptr;
    QButtonGroup *m_modes = nullptr;
    QLineEdit *m_tenant = nullptr;
    QFormLayout *m_form = nullptr;
    QComboBox *m_setupBox = nullptr;
    SetupChoiceModel *m_setups = nullptr;
    bool m_initialized = false;
};

} // namespace insightly
