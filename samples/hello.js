// A first script for Kiln.
function greet(name) {
  return `Hello, ${name}!`;
}

const names = ['Kiln', 'JVM', 'world'];
for (const name of names) {
  console.log(greet(name));
}
