#include "DirectorySeed.h"

#include "SimServer.h"

namespace sim {

namespace {

const char *const firstNames[] = {
    "Ana",   "Ben",    "Carla",  "David",  "Elena",  "Farid", "Grace",  "Hiro",   "Ines",  "Jamal",
    "Katja", "Liam",   "Maya",   "Noah",   "Olivia", "Pedro", "Quinn",  "Rosa",   "Samir", "Tara",
    "Umar",  "Vera",   "Wei",    "Ximena", "Yusuf",  "Zoe",   "Aaron",  "Bianca", "Chen",  "Dana",
    "Emil",  "Fatima", "Gustav", "Hanna",  "Ivan",   "Julia", "Kofi",   "Lena",   "Marco", "Nadia",
    "Oscar", "Priya",  "Rafael", "Sofia",  "Tomas",  "Uma",   "Victor", "Wanda",  "Yara",  "Zane",
    "Amara", "Bruno",  "Chloe",  "Diego",  "Eva",    "Felix", "Greta",  "Hugo",   "Isla",  "Jonas",
    "Keira", "Luca",   "Mila",   "Nils",   "Oren",   "Paula", "Ruben",  "Selma",  "Theo",  "Valeria",
};
const char *const lastNames[] = {
    "Lopez",     "Smith",    "Nguyen", "Garcia",   "Kowalski", "Okafor", "Tanaka",    "Muller", "Rossi",
    "Johansson", "Silva",    "Haddad", "Patel",    "Kim",      "Brown",  "Dubois",    "Novak",  "Fischer",
    "Costa",     "Ivanova",  "Mensah", "Larsen",   "Schmidt",  "Moreau", "Santos",    "Chen",   "Wilson",
    "Yilmaz",    "Andersen", "Bauer",  "Castillo", "Diaz",     "Evans",  "Ferreira",  "Gomez",  "Hansen",
    "Ito",       "Jensen",   "Khan",   "Lambert",  "Martin",   "Nowak",  "Olsen",     "Perez",  "Quintero",
    "Reyes",     "Sato",     "Torres", "Ueda",     "Vargas",   "Weber",  "Young",     "Zhang",  "Abbott",
    "Berg",      "Carter",   "Dalton", "Ortiz",    "Pham",     "Walsh",  "Lindqvist", "Murphy", "Keller",
};
const char *const jobTitles[] = {
    "Account Executive",
    "Sales Manager",
    "Marketing Specialist",
    "Support Engineer",
    "Financial Analyst",
    "Software Engineer",
    "Product Manager",
    "HR Generalist",
    "Legal Counsel",
    "Operations Lead",
    "Customer Success Manager",
    "Data Analyst",
    "Office Manager",
    "Recruiter",
    "Designer",
};
const char *const groupNames[] = {
    "Sales", "Marketing",  "Support", "Finance",          "Engineering", "Human Resources",
    "Legal", "Operations", "Product", "Customer Success", "Design",      "Data & Analytics",
};
// Each generated user's department follows the group that holds it (the first groups' names).
constexpr int nameCount(const auto &array)
{
    return int(std::size(array));
}

QString latin(const char *text)
{
    return QString::fromLatin1(text);
}

} // namespace

void seedDirectory(SimServer &server)
{
    DirectoryState &dir = server.world().directory;
    const SimOptions &options = server.options();
    dir = DirectoryState();
    dir.tenant.id = server.newGuid();
    dir.tenant.displayName = QStringLiteral("Contoso");
    dir.tenant.defaultDomain = QStringLiteral("contoso.example");
    dir.tenant.verifiedDomains = {QStringLiteral("contoso.example"),
                                  QStringLiteral("contoso.onmicrosoft.example")};

    // Seeded objects are old enough that the replication delay never hides them.
    const qint64 seededAt = server.nowMs() - qint64(30) * 24 * 3600 * 1000;
    const QString domain = QStringLiteral("@contoso.example");
    dir.users.reserve(options.seedUsers + 2);

    DirectoryUser admin;
    admin.id = server.newGuid();
    admin.displayName = QStringLiteral("Avery Admin");
    admin.givenName = QStringLiteral("Avery");
    admin.surname = QStringLiteral("Admin");
    admin.userPrincipalName = QStringLiteral("admin") + domain;
    admin.mail = admin.userPrincipalName;
    admin.jobTitle = QStringLiteral("IT Administrator");
    admin.department = QStringLiteral("IT");
    admin.directoryRoles = {QStringLiteral("Cloud Application Administrator")};
    admin.createdAtMs = seededAt;
    dir.addUser(admin);

    DirectoryUser user;
    user.id = server.newGuid();
    user.displayName = QStringLiteral("Uma User");
    user.givenName = QStringLiteral("Uma");
    user.surname = QStringLiteral("User");
    user.userPrincipalName = QStringLiteral("user") + domain;
    user.mail = user.userPrincipalName;
    user.jobTitle = QStringLiteral("Account Executive");
    user.department = QStringLiteral("Sales");
    user.createdAtMs = seededAt;
    dir.addUser(user);

    // Name parts, titles and departments are shared QStrings: 50,000 users hold only their own id, name and
    // UPN.
    QVector<QString> first, firstLower, last, lastLower, titles, groupTitles;
    for (const char *n : firstNames) {
        first << latin(n);
        firstLower << latin(n).toLower();
    }
    for (const char *n : lastNames) {
        last << latin(n);
        lastLower << latin(n).toLower();
    }
    for (const char *t : jobTitles)
        titles << latin(t);
    const int groupCount = options.seedGroups;
    for (int g = 0; g < groupCount; ++g)
        groupTitles << (g < nameCount(groupNames)
                            ? latin(groupNames[g])
                            : QStringLiteral("Project Team %1").arg(g + 1 - nameCount(groupNames)));

    QVector<QStringList> members(groupCount);
    if (groupCount > 0)
        members[0] << user.id;
    const int firstCount = int(first.size());
    const int lastCount = int(last.size());
    const int combos = firstCount * lastCount;
    for (int i = 0; i < options.seedUsers; ++i) {
        // Walk the first × last grid with a stride coprime to its size, so neighbours differ in both names;
        // later rounds through the grid get a number, as real directories do ("ana.lopez17").
        const int cell = int((qint64(i) * 7919) % combos);
        const int round = i / combos;
        const int f = cell % firstCount;
        const int l = cell / firstCount;
        DirectoryUser u;
        u.id = server.newGuid();
        u.givenName = first[f];
        u.surname = last[l];
        u.displayName = first[f] + u' ' + last[l];
        u.userPrincipalName = firstLower[f] + u'.' + lastLower[l] +
                              (round > 0 ? QString::number(round + 1) : QString()) + domain;
        u.mail = u.userPrincipalName;
        u.jobTitle = titles[i % titles.size()];
        if (groupCount > 0) {
            const int g = i % groupCount;
            u.department = groupTitles[g];
            members[g] << u.id;
        }
        u.createdAtMs = seededAt;
        dir.addUser(u);
    }

    for (int g = 0; g < groupCount; ++g) {
        DirectoryGroup group;
        group.id = server.newGuid();
        group.displayName = groupTitles[g];
        group.description = QStringLiteral("Everyone in %1").arg(groupTitles[g]);
        QString nickname = groupTitles[g].toLower();
        nickname.remove(QRegularExpression(QStringLiteral("[^a-z0-9]")));
        group.mail = nickname + domain;
        group.memberIds = members[g];
        group.createdAtMs = seededAt;
        dir.addGroup(group);
    }
}

} // namespace sim
