#pragma once

#include "pages/StepPage.h"

class QButtonGroup;
class QLineEdit;
class QRadioButton;

namespace insightly {

// Welcome: what the wizard does, and what this run is for — a new setup, rotating the SAML signing
// certificate, rotating the SCIM token, or checking the status of an existing setup.
class WelcomePage : public StepPage
{
    Q_OBJECT
public:
    explicit WelcomePage(WizardContext &context, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

private:
    QRadioButton *m_newSetup = nullptr;
    QRadioButton *m_rotate = nullptr;
    QRadioButton *m_rotateScim = nullptr;
    QRadioButton *m_status = nullptr;
    QButtonGroup *m_modes = nullptr;
    QLineEdit *m_tenant = nullptr;
    bool m_initialized = false;
};

} // namespace insightly
