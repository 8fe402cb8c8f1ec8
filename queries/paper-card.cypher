// name: paper-card
// description: one paper by its id: title, year, venue, abstract
// params: paper
MATCH (p:Paper {id: $paper})
RETURN p.id AS paper, p.title AS title, p.year AS year, p.venue AS venue, p.abstract AS abstract
