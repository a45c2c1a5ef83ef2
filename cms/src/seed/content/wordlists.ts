/** Made-up residents: common first and family names from the many backgrounds in Dutch cities. */
export const FIRST_NAMES = [
  'Fatima', 'Mohamed', 'Anouk', 'Joop', 'Maria', 'Hüseyin', 'Sandra', 'Rachid', 'Ineke', 'Kwame', 'Priya', 'Wim',
  'Nadia', 'Ahmed', 'Samira', 'Peter', 'Ayşe', 'Mehmet', 'Gerda', 'Jorge', 'Lucia', 'Dewi', 'Marco', 'Esther',
  'Youssef', 'Khadija', 'Henk', 'Rosa', 'Milan', 'Olga', 'Ravi', 'Bart', 'Yasmina', 'Emre', 'Linda', 'Carlos',
  'Sevda', 'Stefan', 'Noura', 'Winston', 'Greet', 'Ilse', 'Tomasz', 'Agnieszka', 'Abdel', 'Shanti', 'Ruud', 'Leila',
  'Dilan', 'Ricardo', 'Nicole', 'Hamza', 'Zeynep', 'Jolanda', 'Aziz', 'Marisol', 'Kees', 'Chantal', 'Ibrahim', 'Mirjam',
] as const

export const LAST_NAMES = [
  'de Vries', 'Jansen', 'El Amrani', 'Yılmaz', 'Pinas', 'Lopes', 'Bakker', 'Kaya', 'Tahiri', 'Monteiro', 'Visser',
  'Bouzid', 'Koster', 'Doğan', 'Sno', 'Varela', 'van Dijk', 'Ouali', 'Brouwer', 'Demir', 'Mendes', 'Smit', 'Azzouzi',
  'de Graaf', 'Çelik', 'Fernandes', 'Hoekstra', 'Ramdin', 'Benali', 'Mulder', 'Tavares', 'Öztürk', 'Verbeek',
  'Kowalski', 'Wong', 'Ribeiro', 'Peeters', 'Haddou', 'Kromo', 'van der Berg', 'Soares', 'Aksoy', 'Boukhari',
  'Nieuwenhuis', 'Gomes', 'Ramsaran', 'Dekker', 'Lima', 'Essabar', 'van Leeuwen',
] as const

/** Letters PostNL uses in postcodes (no F, I, O, Q, U, Y); SA, SD and SS are never issued. */
export const POSTCODE_LETTERS = 'ABCDEGHJKLMNPRSTVWXZ'
