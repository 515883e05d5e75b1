"""A small gazetteer: place names that look like people's names when capitalised.

General knowledge, in English and French: countries (names from the Unicode CLDR, as shipped by
Babel), US states, Canadian provinces, French regions, large world cities and a few districts
and landmarks that news articles name often. A capitalised sequence that is, or contains, one of
these places is not taken for a person (``builder/annotate/people.py``), unless its first word is
a known given name and its last a known surname ("Paris Hilton", "Georgia May Jagger").

Entries are written as in text; ``people.py`` folds them (lowercase, no accents) and splits them
into words, hyphens included ("Saint-Tropez" -> "saint", "tropez").
"""

from __future__ import annotations

COUNTRIES: tuple[str, ...] = (
    # English
    "Afghanistan", "Albania", "Algeria", "American Samoa", "Andorra", "Angola", "Anguilla",
    "Antarctica", "Argentina", "Armenia", "Aruba", "Australia", "Austria", "Azerbaijan",
    "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus", "Belgium", "Belize", "Benin",
    "Bermuda", "Bhutan", "Bolivia", "Bosnia", "Herzegovina", "Botswana", "Brazil", "Brunei",
    "Bulgaria", "Burkina Faso", "Burma", "Burundi", "Cambodia", "Cameroon", "Canada",
    "Cape Verde", "Cayman Islands", "Central African Republic", "Chad", "Chile", "China",
    "Colombia", "Comoros", "Congo", "Costa Rica", "Croatia", "Cuba", "Curaçao", "Cyprus",
    "Czechia", "Czech Republic", "Denmark", "Djibouti", "Dominica", "Dominican Republic",
    "Ecuador", "Egypt", "El Salvador", "England", "Equatorial Guinea", "Eritrea", "Estonia",
    "Eswatini", "Ethiopia", "European Union", "Fiji", "Finland", "France", "French Guiana",
    "French Polynesia", "Gabon", "Gambia", "Germany", "Ghana", "Gibraltar", "Great Britain",
    "Greece", "Greenland", "Grenada", "Guadeloupe", "Guam", "Guatemala", "Guinea",
    "Guinea-Bissau", "Guyana", "Haiti", "Honduras", "Hong Kong", "Hungary", "Iceland", "India",
    "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Ivory Coast", "Jamaica", "Japan",
    "Jordan", "Kazakhstan", "Kenya", "Kiribati", "Kosovo", "Kuwait", "Kyrgyzstan", "Laos",
    "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya", "Liechtenstein", "Lithuania",
    "Luxembourg", "Macao", "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali", "Malta",
    "Marshall Islands", "Martinique", "Mauritania", "Mauritius", "Mayotte", "Mexico",
    "Micronesia", "Moldova", "Monaco", "Mongolia", "Montenegro", "Montserrat", "Morocco",
    "Mozambique", "Myanmar", "Namibia", "Nauru", "Nepal", "Netherlands", "New Caledonia",
    "New Zealand", "Nicaragua", "Niger", "Nigeria", "North Korea", "North Macedonia",
    "Northern Ireland", "Norway", "Oman", "Pakistan", "Palau", "Palestine", "Panama",
    "Papua New Guinea", "Paraguay", "Peru", "Philippines", "Poland", "Portugal", "Puerto Rico",
    "Qatar", "Romania", "Russia", "Rwanda", "Réunion", "Samoa", "San Marino", "Saudi Arabia",
    "Scotland", "Senegal", "Serbia", "Seychelles", "Sierra Leone", "Singapore", "Slovakia",
    "Slovenia", "Solomon Islands", "Somalia", "South Africa", "South Korea", "South Sudan",
    "Soviet Union", "Spain", "Sri Lanka", "Sudan", "Suriname", "Sweden", "Switzerland", "Syria",
    "Taiwan", "Tajikistan", "Tanzania", "Thailand", "Timor-Leste", "Togo", "Tonga",
    "Trinidad", "Tobago", "Tunisia", "Turkey", "Turkmenistan", "Tuvalu", "Türkiye", "Uganda",
    "Ukraine", "United Arab Emirates", "United Kingdom", "United Nations", "United States",
    "United States of America", "Uruguay", "Uzbekistan", "Vanuatu", "Vatican", "Vatican City",
    "Venezuela", "Vietnam", "Wales", "Western Sahara", "Yemen", "Zambia", "Zimbabwe",
    # French
    "Afrique du Sud", "Albanie", "Algérie", "Allemagne", "Andorre", "Angleterre",
    "Antarctique", "Arabie saoudite", "Argentine", "Arménie", "Australie", "Autriche",
    "Azerbaïdjan", "Bahreïn", "Barbade", "Belgique", "Bermudes", "Bhoutan", "Biélorussie",
    "Birmanie", "Bolivie", "Bosnie-Herzégovine", "Brésil", "Bulgarie", "Bénin", "Cambodge",
    "Cameroun", "Cap-Vert", "Chili", "Chine", "Chypre", "Colombie", "Comores", "Corée",
    "Corée du Nord", "Corée du Sud", "Côte d'Ivoire", "Croatie", "Danemark", "Écosse",
    "Égypte", "Émirats arabes unis", "Équateur", "Érythrée", "Espagne", "Estonie",
    "États-Unis", "Éthiopie", "Fidji", "Finlande", "Gambie", "Géorgie", "Grande-Bretagne",
    "Grèce", "Grenade", "Groenland", "Guinée", "Guinée équatoriale", "Guyane", "Haïti",
    "Hongrie", "Inde", "Indonésie", "Irak", "Irlande", "Islande", "Israël", "Italie",
    "Jamaïque", "Japon", "Jordanie", "Kirghizstan", "Koweït", "Lettonie", "Liban", "Libye",
    "Lituanie", "Macédoine du Nord", "Malaisie", "Malte", "Maroc", "Mauritanie", "Mexique",
    "Moldavie", "Mongolie", "Monténégro", "Namibie", "Népal", "Norvège", "Nouvelle-Calédonie",
    "Nouvelle-Zélande", "Ouganda", "Ouzbékistan", "Palestine", "Papouasie-Nouvelle-Guinée",
    "Pays-Bas", "Pays de Galles", "Pérou", "Pologne", "Polynésie française", "Porto Rico",
    "République centrafricaine", "République dominicaine", "République tchèque", "Roumanie",
    "Royaume-Uni", "Russie", "Salvador", "Sénégal", "Serbie", "Singapour", "Slovaquie",
    "Slovénie", "Somalie", "Soudan", "Soudan du Sud", "Suède", "Suisse", "Syrie",
    "Tadjikistan", "Taïwan", "Tanzanie", "Tchad", "Tchéquie", "Thaïlande", "Tunisie",
    "Turkménistan", "Turquie", "Union européenne", "Union soviétique", "Viêt Nam", "Yémen",
    "Zambie",
)

#: US states (English and French spellings) and Canadian provinces.
STATES: tuple[str, ...] = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa",
    "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
    "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire",
    "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
    "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota",
    "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia",
    "Wisconsin", "Wyoming", "District of Columbia",
    "Californie", "Caroline du Nord", "Caroline du Sud", "Dakota du Nord", "Dakota du Sud",
    "Floride", "Géorgie", "Hawaï", "Louisiane", "Nouveau-Mexique", "Pennsylvanie",
    "Virginie", "Virginie-Occidentale",
    "Alberta", "British Columbia", "Colombie-Britannique", "Manitoba", "New Brunswick",
    "Nouveau-Brunswick", "Newfoundland", "Terre-Neuve", "Nova Scotia", "Nouvelle-Écosse",
    "Ontario", "Quebec", "Québec", "Saskatchewan",
)

#: French regions and a few well-known départements.
REGIONS: tuple[str, ...] = (
    "Auvergne-Rhône-Alpes", "Bourgogne-Franche-Comté", "Bretagne", "Centre-Val de Loire",
    "Corse", "Grand Est", "Hauts-de-France", "Île-de-France", "Normandie", "Nouvelle-Aquitaine",
    "Occitanie", "Pays de la Loire", "Provence-Alpes-Côte d'Azur", "Côte d'Azur", "Alsace",
    "Lorraine", "Provence", "Bourgogne", "Champagne", "Savoie", "Haute-Savoie", "Gironde",
    "Seine-Saint-Denis", "Hauts-de-Seine", "Val-de-Marne", "Bouches-du-Rhône",
    "Alpes-Maritimes", "Wallonie", "Flandre", "Catalogne", "Bavière", "Toscane", "Sicile",
    "Sardaigne", "Andalousie", "Midwest", "New England", "Nouvelle-Angleterre",
    "Middle East", "Moyen-Orient", "Proche-Orient", "Latin America", "Amérique latine",
    "North America", "South America", "Central America", "Amérique du Nord",
    "Amérique du Sud", "Amérique centrale", "Africa", "Afrique", "Asia", "Asie", "Europe",
    "Oceania", "Océanie", "America", "Amérique", "Antarctic", "Arctic", "Arctique",
    "Scandinavia", "Scandinavie", "Balkans", "Caribbean", "Caraïbes", "Mediterranean",
    "Méditerranée", "Atlantic", "Atlantique", "Pacific", "Pacifique", "Sahara", "Sahel",
    "Siberia", "Sibérie", "Kurdistan", "Crimea", "Crimée", "Donbass", "Gaza", "West Bank",
    "Cisjordanie", "Tibet", "Kashmir", "Cachemire",
)

#: Large cities (English and French spellings).
CITIES: tuple[str, ...] = (
    "Abidjan", "Abu Dhabi", "Addis Ababa", "Alger", "Algiers", "Amsterdam", "Ankara",
    "Anvers", "Antwerp", "Athens", "Athènes", "Atlanta", "Austin", "Baghdad", "Bagdad",
    "Baltimore", "Bamako", "Bangkok", "Barcelona", "Barcelone", "Beijing", "Pékin", "Beirut",
    "Beyrouth", "Belgrade", "Berlin", "Bern", "Berne", "Birmingham", "Bogotá", "Bombay",
    "Bordeaux", "Boston", "Brasília", "Brazzaville", "Brooklyn", "Brussels", "Bruxelles",
    "Bucharest", "Bucarest", "Budapest", "Buenos Aires", "Cairo", "Le Caire", "Calgary",
    "Cannes", "Cape Town", "Le Cap", "Caracas", "Casablanca", "Charlotte", "Chicago",
    "Cleveland", "Cologne", "Copenhagen", "Copenhague", "Dakar", "Dallas", "Damascus", "Damas",
    "Delhi", "New Delhi", "Denver", "Detroit", "Doha", "Dubai", "Dubaï", "Dublin", "Düsseldorf",
    "Edinburgh", "Édimbourg", "Florence", "Frankfurt", "Francfort", "Geneva", "Genève",
    "Glasgow", "Hamburg", "Hambourg", "Hanoi", "Havana", "La Havane", "Helsinki", "Hollywood",
    "Honolulu", "Houston", "Istanbul", "Jakarta", "Jerusalem", "Jérusalem", "Johannesburg",
    "Kabul", "Kaboul", "Karachi", "Kiev", "Kyiv", "Kinshasa", "Lagos", "Las Vegas", "Lausanne",
    "Lille", "Lima", "Lisbon", "Lisbonne", "Liverpool", "London", "Londres", "Los Angeles",
    "Lyon", "Madrid", "Malibu", "Manchester", "Manhattan", "Manila", "Manille", "Marrakech",
    "Marseille", "Melbourne", "Memphis", "Mexico City", "Miami", "Milan", "Minneapolis",
    "Monte-Carlo", "Montpellier", "Montreal", "Montréal", "Moscow", "Moscou", "Mumbai",
    "Munich", "Nairobi", "Nantes", "Naples", "Nashville", "New Orleans", "La Nouvelle-Orléans",
    "New York City", "Nice", "Orlando", "Osaka", "Oslo", "Ottawa", "Oxford", "Cambridge",
    "Palm Beach", "Palm Springs", "Paris", "Philadelphia", "Philadelphie", "Phoenix",
    "Pittsburgh", "Portland", "Prague", "Queens", "Rabat", "Reims", "Rennes", "Rio de Janeiro",
    "Riyadh", "Riyad", "Rome", "Rotterdam", "Sacramento", "Saint-Pétersbourg",
    "St. Petersburg", "Saint Petersburg", "Saint-Tropez", "San Antonio", "San Diego",
    "San Francisco", "San Jose", "Santa Monica", "Santiago", "São Paulo", "Sarajevo",
    "Seattle", "Seoul", "Séoul", "Shanghai", "Singapore", "Sofia", "St. Louis", "Stockholm",
    "Strasbourg", "Sydney", "Taipei", "Tehran", "Téhéran", "Tel Aviv", "The Bronx",
    "The Hague", "La Haye", "Tokyo", "Toronto", "Toulouse", "Tripoli", "Tunis", "Turin",
    "Vancouver", "Varsovie", "Venice", "Venise", "Versailles", "Vienna", "Vienne", "Warsaw",
    "Washington D.C.", "Washington DC", "Wellington", "Zurich", "Zürich",
)

#: Districts, landmarks and areas that news articles name often.
LANDMARKS: tuple[str, ...] = (
    "Bay Area", "Beverly Hills", "Bel Air", "Bel-Air", "Calabasas", "Capitol Hill",
    "Champs-Élysées", "Downing Street", "Fifth Avenue", "Hidden Hills", "Hyde Park",
    "Central Park", "Jackson Hole", "Long Island", "Mar-a-Lago", "Martha's Vineyard",
    "Montmartre", "Notre-Dame", "Quartier latin", "Rive Gauche", "Saint-Germain-des-Prés",
    "Silicon Valley", "Staten Island", "Times Square", "Wall Street", "West Hollywood",
    "Westminster", "Windsor", "Buckingham", "Kensington", "Soho", "SoHo", "Tribeca",
    "Harlem", "Compton", "Watts", "Ground Zero", "Grand Canyon", "Niagara Falls",
    "Death Valley", "Napa Valley", "Orange County", "Miami Beach", "South Beach",
    "Virginia Beach", "Long Beach", "Venice Beach", "Sunset Boulevard", "Rodeo Drive",
    "Mulholland Drive", "Pennsylvania Avenue", "Madison Avenue", "Park Avenue",
    "Saint-Denis", "Saint-Étienne", "Saint-Malo", "Aix-en-Provence", "Le Havre", "Le Mans",
    "La Rochelle", "Clermont-Ferrand", "Boulogne-Billancourt", "Neuilly-sur-Seine",
)
