// A small script of the kind an embedder runs in a fresh context per request: it defines a
// constructor and a few functions, builds and sorts some records, and renders them as JSON and
// as text. ES5 only, so that every engine compared runs the same code.
function Order(id, customer, items) {
  this.id = id;
  this.customer = customer;
  this.items = items;
}

Order.prototype.total = function () {
  var sum = 0;
  for (var i = 0; i < this.items.length; i++) sum += this.items[i].price * this.items[i].quantity;
  return Math.round(sum * 100) / 100;
};

function makeOrders(count) {
  var customers = ['ada', 'grace', 'linus', 'barbara', 'ken'];
  var orders = [];
  for (var i = 0; i < count; i++) {
    var items = [];
    for (var j = 0; j <= i % 4; j++) items.push({ sku: 'sku-' + (i * 7 + j) % 31, price: 1.25 * (j + 1), quantity: (i + j) % 3 + 1 });
    orders.push(new Order(i, customers[i % customers.length], items));
  }
  return orders;
}

function render(orders) {
  var lines = orders.map(function (order) {
    return '#' + order.id + ' ' + order.customer.toUpperCase() + ': ' + order.total().toFixed(2);
  });
  return lines.join('\n');
}

var orders = makeOrders(50).sort(function (a, b) { return b.total() - a.total() || a.id - b.id; });
var report = { count: orders.length, top: orders.slice(0, 3), text: render(orders) };
JSON.stringify(report).length + report.text.length;
