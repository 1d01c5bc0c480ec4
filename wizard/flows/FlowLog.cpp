#include "flows/FlowLog.h"

namespace insightly {

Q_LOGGING_CATEGORY(lcFlows, "insightly.flows")

} // namespace insightly
