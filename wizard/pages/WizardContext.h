#pragma once

#include "core/AppConfig.h"

#include <QObject>

namespace insightly {

// What the admin wants from this run (Welcome page).
enum class WizardMode { NewSetup, RotateCertificate, CheckStatus };

// Shared by every page: the start-up configuration and the services pages call into. Owned by main(); pages
// hold a reference. Services are added here as the layers below are built (STYLE.md 2: one typed state object).
class WizardContext : public QObject
{
    Q_OBJECT
public:
    explicit WizardContext(const AppConfig &config, QObject *parent = nullptr) : QObject(parent), m_config(config) {}

    const AppConfig &config() const { return m_config; }
    WizardMode mode() const { return m_mode; }
    void setMode(WizardMode mode)
    {
        if (m_mode == mode)
            return;
        m_mode = mode;
        emit modeChanged(mode);
    }
    QString tenant() const { return m_tenant.isEmpty() ? m_config.tenant : m_tenant; }
    void setTenant(const QString &tenant) { m_tenant = tenant; }

signals:
    void modeChanged(WizardMode mode);

private:
    AppConfig m_config;
    WizardMode m_mode = WizardMode::NewSetup;
    QString m_tenant;
};

} // namespace insightly
