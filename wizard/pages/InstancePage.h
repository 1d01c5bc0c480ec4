#pragma once

#include "insightly/InsightlyUrls.h"
#include "pages/StepPage.h"

#include <QPointer>
#include <qcorotask.h>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace insightly {

class InsightlyRestClient;
class InsightlyTab;

// The Insightly instance: the Sign-in page URL (checked as the admin types, with the specific reason for each
// usual mistake), the pod it names, the embedded Insightly tab to copy it from, and an optional API key that
// confirms the instance and that its user is an Insightly administrator (kept in the keychain only).
class InstancePage : public StepPage
{
    Q_OBJECT
public:
    InstancePage(WizardContext &context, InsightlyTab *insightlyTab, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    SignInUrlValidation validation() const { return m_validation; }

private:
    void revalidate();
    void openInsightly();
    void takeUrlFromPage();
    QCoro::Task<> checkApiKey();
    QString tenantId() const;

    InsightlyTab *m_insightly;
    QLineEdit *m_url = nullptr;
    QLabel *m_urlMessage = nullptr;
    QLabel *m_pod = nullptr;
    QComboBox *m_podChoice = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_takeUrl = nullptr;
    QLineEdit *m_apiKey = nullptr;
    QPushButton *m_checkKey = nullptr;
    QLabel *m_keyResult = nullptr;
    SignInUrlValidation m_validation;
    QPointer<InsightlyRestClient> m_rest;
    bool m_initialized = false;
};

} // namespace insightly
