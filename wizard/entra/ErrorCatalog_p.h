#pragma once

#include <span>

namespace insightly::entra::catalog {

// One row of the error table. `keys` holds space-separated codes (AADSTS numbers as "AADSTS50011", OAuth
// error values, Graph error.code values). Texts are QT_TRANSLATE_NOOP("ErrorCatalog", …) and may hold
// {consentUrl}, {redirectUri}, {clientId}, {tenant}.
struct Row {
    const char *keys;
    int httpStatus;             // 0 = any status (Graph rows only)
    const char *messagePattern; // regular expression on the message, or nullptr
    const char *what;
    const char *why;
    const char *action;
};

std::span<const Row> signInRows();
std::span<const Row> graphRows();

} // namespace insightly::entra::catalog
