#pragma once

#include <QLoggingCategory>

namespace insightly {

Q_DECLARE_LOGGING_CATEGORY(lcFlows) // insightly.flows

} // namespace insightly
