package org.atomic2dynamics.demo.data;

import java.util.List;

/** The project's own word lists for realistic demo values; no faker library. */
final class Words {
    static final List<String> MALE_NAMES = List.of("James", "Robert", "Michael", "David", "William", "Richard",
            "Thomas", "Daniel", "Matthew", "Anthony", "Mark", "Steven", "Paul", "Andrew", "Joshua", "Kevin",
            "Brian", "George", "Edward", "Ronald", "Timothy", "Jason", "Ryan", "Jacob", "Nicolas", "Louis");
    static final List<String> FEMALE_NAMES = List.of("Mary", "Patricia", "Jennifer", "Linda", "Elizabeth",
            "Barbara", "Susan", "Jessica", "Sarah", "Karen", "Nancy", "Lisa", "Betty", "Margaret", "Sandra",
            "Ashley", "Emily", "Donna", "Michelle", "Carol", "Amanda", "Melissa", "Deborah", "Claire", "Camille");
    static final List<String> NEUTRAL_NAMES = List.of("Alex", "Jordan", "Taylor", "Morgan", "Casey", "Riley",
            "Jamie", "Avery", "Quinn", "Skyler", "Dakota", "Reese", "Rowan", "Sage");
    static final List<String> LAST_NAMES = List.of("Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia",
            "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Wilson", "Anderson", "Thomas",
            "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez",
            "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott",
            "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera",
            "Campbell", "Mitchell", "Carter", "Roberts", "Dubois", "Lefebvre", "Moreau", "Laurent", "Fournier",
            "Evans", "Hughes", "Edwards", "Collins", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Reed");
    static final List<String> TITLES = List.of("Chief Executive Officer", "Chief Technology Officer",
            "Head of Sales", "Sales Manager", "Account Executive", "Marketing Director", "Product Manager",
            "Operations Manager", "Purchasing Manager", "Office Manager", "Software Engineer", "Designer",
            "Financial Controller", "HR Business Partner", "Customer Success Manager", "Project Manager",
            "Business Analyst", "Legal Counsel", "Procurement Officer", "Regional Director");
    static final List<String> COMPANY_FIRST = List.of("Blue", "North", "Bright", "Silver", "Green", "Red",
            "Summit", "Harbor", "Maple", "Cedar", "Golden", "Iron", "Crystal", "Pioneer", "Atlas", "Nova",
            "Vertex", "Orbit", "Prairie", "Coastal", "Granite", "Willow", "Falcon", "Lumen", "Quantum");
    static final List<String> COMPANY_SECOND = List.of("Analytics", "Logistics", "Foods", "Systems", "Labs",
            "Energy", "Media", "Health", "Capital", "Works", "Robotics", "Textiles", "Consulting", "Networks",
            "Studios", "Partners", "Dynamics", "Supplies", "Realty", "Pharma");
    static final List<String> COMPANY_SUFFIX = List.of("Inc", "LLC", "Group", "Ltd", "Corp", "SA", "& Co");
    static final List<String> DEAL_WORDS = List.of("Annual subscription", "Website redesign", "Brand refresh",
            "Print campaign", "Mobile app", "Data migration", "Support contract", "Pilot project",
            "Licence renewal", "Training program", "Catalogue printing", "UX audit", "Content strategy");
    static final List<String> TASK_TEXTS = List.of("Send the revised proposal", "Call to follow up on the demo",
            "Prepare the quarterly review", "Book a lunch to discuss renewal", "Ship the sample kit",
            "Thank them for the referral", "Email the signed contract", "Schedule an onboarding meeting",
            "Check the invoice was received", "Share the case study");
    static final List<String> STREETS = List.of("Main Street", "Oak Avenue", "Park Road", "Elm Street",
            "Rue de la Paix", "High Street", "Station Road", "Market Street", "Church Lane", "Boulevard Voltaire");
    static final List<String> REVENUES = List.of("$1M", "$10M", "$100M", "$1B");
    static final List<String> LOREM = List.of("lorem", "ipsum", "dolor", "sit", "amet", "consectetur",
            "adipiscing", "elit", "sed", "do", "eiusmod", "tempor", "incididunt", "ut", "labore", "et", "dolore",
            "magna", "aliqua", "enim", "ad", "minim", "veniam", "quis", "nostrud", "exercitation", "ullamco",
            "laboris", "nisi", "aliquip", "ex", "ea", "commodo", "consequat", "duis", "aute", "irure", "in",
            "reprehenderit", "voluptate", "velit", "esse", "cillum", "fugiat", "nulla", "pariatur", "excepteur",
            "sint", "occaecat", "cupidatat", "non", "proident", "sunt", "culpa", "qui", "officia", "deserunt");

    private Words() {
    }

    /** A lorem-like paragraph of 2 to 5 sentences. */
    static String paragraph(Rng rng) {
        StringBuilder text = new StringBuilder();
        int sentences = rng.between(2, 5);
        for (int s = 0; s < sentences; s++) {
            int words = rng.between(6, 14);
            for (int w = 0; w < words; w++) {
                String word = rng.pick(LOREM);
                text.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
            }
            text.append(s + 1 < sentences ? ". " : ".");
        }
        return text.toString();
    }

    /** 1 to {@code max} paragraphs separated by blank lines, as notes are written in the CRM. */
    static String paragraphs(Rng rng, int max) {
        int count = rng.between(1, max);
        StringBuilder text = new StringBuilder(paragraph(rng));
        for (int i = 1; i < count; i++) {
            text.append("\n\n").append(paragraph(rng));
        }
        return text.toString();
    }
}
