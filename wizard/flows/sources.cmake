# Sources of wizard/flows (target wizard_flows): one widget-free class per step and per re-run.
# Qt Core/Network and core/, saml/, entra/, insightly/ only — no widget, no WebEngine header.
target_sources(wizard_flows PRIVATE
    flows/FlowLog.h flows/FlowLog.cpp
    flows/FlowContext.h flows/FlowContext.cpp
    flows/AppFlow.h flows/AppFlow.cpp
    flows/CertificateRotationFlow.h flows/CertificateRotationFlow.cpp
    flows/SignInTestFlow.h flows/SignInTestFlow.cpp
    flows/SamlSetupFlow.h flows/SamlSetupFlow.cpp
    flows/CertificateHandoff.h flows/CertificateHandoff.cpp
    flows/ScimFlow.h flows/ScimFlow.cpp
    flows/ScimTokenRotationFlow.h flows/ScimTokenRotationFlow.cpp
    flows/AssignFlow.h flows/AssignFlow.cpp
    flows/LockoutCheckFlow.h flows/LockoutCheckFlow.cpp
    flows/StatusRow.h flows/StatusRow.cpp
    flows/StatusRowRules.h flows/StatusRowRules.cpp
    flows/StatusReportFormat.h flows/StatusReportFormat.cpp
    flows/SetupStatusReport.h flows/SetupStatusReport.cpp
    flows/RemoveSetupFlow.h flows/RemoveSetupFlow.cpp
    flows/HealthVerdict.h flows/HealthVerdict.cpp
    flows/SavedSession.h flows/SavedSession.cpp
    flows/HealthCheck.h flows/HealthCheck.cpp
    flows/GraphAuditRecorder.h flows/GraphAuditRecorder.cpp
    flows/ReminderSchedule.h flows/ReminderSchedule.cpp
    flows/CheckNotification.h flows/CheckNotification.cpp
    flows/InsightlyJournal.h flows/InsightlyJournal.cpp
    flows/PlannedChange.h flows/PlannedChange.cpp
    flows/ChangePlan.h flows/ChangePlan.cpp
)
