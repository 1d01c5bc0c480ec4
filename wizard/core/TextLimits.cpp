#include "core/TextLimits.h"

#include <QCoreApplication>

namespace insightly {

namespace {

class LimitText
{
    Q_DECLARE_TR_FUNCTIONS(TextLimits)
};

bool isControl(char16_t c)
{
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f);
}

QString characterName(char16_t c)
{
    switch (c) {
    case 0:
        return LimitText::tr("a NUL character");
    case u'\n':
    case u'\r':
        return LimitText::tr("a line break");
    case u'\t':
        return LimitText::tr("a tab");
    default:
        break;
    }
    return LimitText::tr("the control character U+%1")
        .arg(QString::number(uint(c), 16).rightJustified(4, u'0').toUpper());
}

UserMessage checkText(const QString &value, const QString &field, qsizetype maxChars,
                      WhitespaceInside whitespace)
{
    if (value.size() > maxChars)
        return makeUserMessage(
            TextLimitError::TooLong, LimitText::tr("%1 is too long.").arg(field),
            LimitText::tr("It has %L1 characters; a valid value has at most %L2.")
                .arg(value.size())
                .arg(maxChars),
            LimitText::tr(
                "Check that you copied only the value, not a whole page or file, and paste it again."));
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value.at(i).unicode();
        const bool allowedWhitespace =
            whitespace == WhitespaceInside::CallerHandles && (c == u'\t' || c == u'\n' || c == u'\r');
        if (isControl(c) && !allowedWhitespace)
            return makeUserMessage(
                TextLimitError::ControlCharacter,
                LimitText::tr("%1 contains an invisible character.").arg(field),
                LimitText::tr("It holds %1 at position %L2, which no valid value has.")
                    .arg(characterName(c))
                    .arg(i + 1),
                LimitText::tr("Copy the value again from where it is shown, without anything around it, and "
                              "paste it here. The wizard never uses part of a value."));
    }
    return {};
}

} // namespace

UserMessage checkPastedToken(const QString &value, const QString &field, qsizetype maxChars,
                             WhitespaceInside whitespace)
{
    return checkText(value, field, maxChars, whitespace);
}

UserMessage checkPastedUrl(const QString &value, const QString &field, WhitespaceInside whitespace)
{
    return checkText(value, field, TextLimits::urlChars, whitespace);
}

UserMessage checkInputSize(qsizetype bytes, qsizetype limit, const QString &what, const QString &action)
{
    if (bytes <= limit)
        return {};
    return makeUserMessage(TextLimitError::TooLarge, LimitText::tr("%1 is too large.").arg(what),
                           LimitText::tr("It is %1; the wizard reads at most %2 for this.")
                               .arg(formatByteSize(bytes), formatByteSize(limit)),
                           action.isEmpty() ? LimitText::tr("Check that you chose the right file.") : action);
}

QString formatByteSize(qsizetype bytes)
{
    constexpr qsizetype kib = 1024;
    if (bytes < kib)
        return LimitText::tr("%n byte(s)", nullptr, int(bytes));
    if (bytes < kib * kib)
        return LimitText::tr("%1 KB").arg(
            QString::number(double(bytes) / kib, 'f', bytes < 10 * kib ? 1 : 0));
    return LimitText::tr("%1 MB").arg(QString::number(double(bytes) / (kib * kib), 'f', 1));
}

} // namespace insightly
